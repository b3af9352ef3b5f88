import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import type { JobHandler, RunningJob } from '@imis/jobs';
import { addDays } from '@imis/kernel';
import { stableNoticeId } from '@imis/notification';
import { calendarDateIn, type PolicyJobCounts } from '../domain/policy-job-run';
import { type NoticeRecipient, renewalMessage, type RenewalNotice } from '../domain/renewal-notice';
import { planRenewal } from '../domain/renewal-plan';
import { PolicyJobRuns } from '../infrastructure/policy-job-runs';
import { PolicyRenewalPhoto } from '../infrastructure/policy-renewal-photo.entity';
import { PolicyRenewal } from '../infrastructure/policy-renewal.entity';
import { RenewalNotification } from '../infrastructure/renewal-notification.entity';
import { RenewalSelectionStatements } from '../infrastructure/renewal-selection.statements';
import type { PolicyJobPayload } from './policy-job.queues';
import type { PolicyJobsEnv } from '../policy-jobs.config';
import { InjectPolicyJobsEnv } from './policy-jobs.env';
import { RenewalNotifier } from './renewal-notifier';

type ReminderCounts = Omit<PolicyJobCounts, 'expired'>;

/**
 * Renewal reminders (§3): selects the current Active or Expired policies expiring within
 * POLICY_RENEWAL_INTERVAL_DAYS of the run date (or within a manual run's dates, of its officer, in its
 * location), skips those with a reminder or already renewed, and stores a reminder for each other one (new
 * product, officer along the substitution chain, warnings, members needing a new photo), then hands the
 * notices for the officer and the family head to the Notifier and stores them with its outcome. All in the
 * job's transaction: a failed attempt leaves nothing, and a second run finds the reminders made.
 * Registered with its schedule by PolicyJobsModule.forRoot.
 */
@Injectable()
export class RenewalReminderProcessor implements JobHandler<PolicyJobPayload, ReminderCounts & { runDate: string }> {
  private readonly logger = new Logger('RenewalReminders');

  constructor(
    private readonly em: EntityManager,
    @InjectPolicyJobsEnv() private readonly env: PolicyJobsEnv,
    private readonly notifier: RenewalNotifier,
  ) {}

  async process(job: RunningJob<PolicyJobPayload>, tx: EntityManager): Promise<ReminderCounts & { runDate: string }> {
    const runs = new PolicyJobRuns(this.em.fork());
    const promptDate = (await runs.runDateOf(job.id)) ?? calendarDateIn(job.scheduledFor ?? new Date(), this.env.POLICY_JOBS_TIME_ZONE);
    await runs.start(job.id, 'RENEWAL_REMINDER', job.schedule ? 'SCHEDULE' : 'MANUAL', promptDate);

    const filter = await runs.filterOf(job.id);
    const db = new RenewalSelectionStatements(tx);
    const candidates = await db.candidates(filter.dateTo ?? addDays(promptDate, this.env.POLICY_RENEWAL_INTERVAL_DAYS), filter);
    const familyIds = [...new Set(candidates.map((candidate) => candidate.familyId))];
    // One after another: they share the transaction's connection.
    const products = await db.products();
    const officers = await db.officers(candidates.flatMap((candidate) => (candidate.officerId ? [candidate.officerId] : [])));
    const familyPolicies = await db.familyPolicies(familyIds);
    const members = await db.members(familyIds);

    const renewals: PolicyRenewal[] = [];
    const photos: PolicyRenewalPhoto[] = [];
    const notices: RenewalNotice[] = [];
    for (const candidate of candidates) {
      const decision = planRenewal(candidate, {
        products,
        officers,
        familyPolicies: familyPolicies.get(candidate.familyId) ?? [],
        members: members.get(candidate.familyId) ?? [],
        promptDate,
        ageOfMajority: this.env.POLICY_AGE_OF_MAJORITY,
      });
      if (decision.skip !== null) continue;
      const renewal = tx.create(PolicyRenewal, {
        policyId: candidate.policyId,
        familyId: candidate.familyId,
        headInsureeId: candidate.headInsureeId,
        productId: candidate.productId,
        newProductId: decision.newProductId,
        officerId: candidate.officerId,
        newOfficerId: decision.newOfficerId,
        promptDate,
        renewalDate: decision.renewalDate,
        warnings: decision.warnings,
        runId: job.id,
      });
      tx.persist(renewal);
      renewals.push(renewal);
      for (const need of decision.photos) photos.push(tx.create(PolicyRenewalPhoto, { renewalId: renewal.id, ...need }, { persist: true }));
      const text = { renewalDate: decision.renewalDate, newProductCode: products.get(decision.newProductId)?.code ?? '?', familyHead: candidate.headInsuranceNumber ?? '?' };
      const notice = (recipient: NoticeRecipient, recipientId: string): RenewalNotice => ({
        // The same on a retried attempt (its run date is the stored one): the adapter's idempotency key.
        id: stableNoticeId('renewal', candidate.policyId, promptDate, recipient, recipientId),
        renewalId: renewal.id,
        policyId: candidate.policyId,
        recipient,
        recipientId,
        phone: null,
        renewalDate: decision.renewalDate,
        message: renewalMessage(recipient, text),
      });
      if (decision.newOfficerId) notices.push(notice('OFFICER', decision.newOfficerId));
      if (candidate.headInsureeId) notices.push(notice('FAMILY_HEAD', candidate.headInsureeId));
    }
    await tx.flush();

    const outcomes = notices.length > 0 ? await this.notifier.send(notices) : [];
    notices.forEach((notice, index) =>
      tx.persist(
        tx.create(RenewalNotification, {
          id: notice.id,
          renewalId: notice.renewalId,
          recipient: notice.recipient,
          recipientId: notice.recipientId,
          phone: notice.phone,
          message: notice.message,
          channel: this.notifier.channel,
          outcome: outcomes[index] ?? 'FAILED',
        }),
      ),
    );
    await tx.flush();

    const counts: ReminderCounts = {
      selected: candidates.length,
      skipped: candidates.length - renewals.length,
      created: renewals.length,
      notified: outcomes.filter((outcome) => outcome !== 'FAILED').length,
    };
    const runsInTx = new PolicyJobRuns(tx);
    await runsInTx.add(tx, job.id, counts);
    await runsInTx.finish(tx, job.id);
    job.afterCommit(() => this.logger.log(`Renewal reminders ${job.id} for ${promptDate}: ${JSON.stringify(counts)}`));
    return { runDate: promptDate, ...counts };
  }

  async gaveUp(job: RunningJob<PolicyJobPayload>, error: Error, tx: EntityManager): Promise<void> {
    this.logger.error(`Renewal reminders ${job.id} failed: ${error.message}`);
    await new PolicyJobRuns(tx).fail(tx, job.id, error.message);
  }
}
