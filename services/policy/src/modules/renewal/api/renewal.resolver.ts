import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { commandMeta, CurrentUser, LocationAccess, type RequestUser, RequireRights, Right } from '@imis/auth';
import { runUseCase } from '@imis/application';
import { ConnectionArgs, pageOf, toConnection } from '@imis/graphql';
import type { PolicyJobKind as Kind } from '../domain/policy-job-run';
import { RenewalQueries } from '../application/renewal.queries';
import { RunPolicyJob, type RunPolicyJobData } from '../application/run-policy-job.command';
import {
  PolicyJobKind,
  PolicyJobRunConnection,
  PolicyJobRunModel,
  PolicyJobRunPayload,
  PolicyRenewalConnection,
  PolicyRenewalFilterInput,
  RunPolicyJobInput,
  RunRenewalRemindersInput,
} from './renewal.models';

/**
 * Policy job runs (right 101201), renewal reminders (101201 or 101205, families in the caller's data scope)
 * and running a job now (101203, policy edit: the expiry changes policies' status; a reminder run's filters
 * lie within the caller's data scope).
 */
@Resolver()
export class RenewalResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: RenewalQueries,
    private readonly locations: LocationAccess,
    private readonly runJob: RunPolicyJob,
  ) {}

  @RequireRights(Right.PolicySearch)
  @Query(() => PolicyJobRunConnection, { description: 'Runs of the policy jobs, oldest first' })
  async policyJobRuns(@Args() args: ConnectionArgs, @Args('kind', { type: () => PolicyJobKind, nullable: true }) kind?: Kind | null): Promise<PolicyJobRunConnection> {
    const page = pageOf(args);
    const { rows, totalCount } = await this.queries.runs(kind ?? null, page);
    return toConnection(rows, page, totalCount);
  }

  @RequireRights(Right.PolicySearch, Right.PolicyRenew)
  @Query(() => PolicyRenewalConnection, { description: 'Renewal reminders of families in your scope, oldest first' })
  async policyRenewals(
    @CurrentUser() user: RequestUser,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => PolicyRenewalFilterInput, nullable: true }) filter?: PolicyRenewalFilterInput | null,
  ): Promise<PolicyRenewalConnection> {
    const page = pageOf(args);
    const { rows, totalCount } = await this.queries.renewals(filter ?? {}, page, await this.locations.data(user));
    const photos = await this.queries.photos(rows.map((row) => row.id));
    return toConnection(
      rows.map((row) => ({ ...row, photos: photos.get(row.id) ?? [] })),
      page,
      totalCount,
    );
  }

  @RequireRights(Right.PolicyEdit)
  @Mutation(() => PolicyJobRunPayload, { description: 'Runs the nightly expiry now (for today in POLICY_JOBS_TIME_ZONE)' })
  runPolicyExpiry(@Args('input', { type: () => RunPolicyJobInput, nullable: true }) input: RunPolicyJobInput | null, @CurrentUser() user: RequestUser): Promise<PolicyJobRunPayload> {
    return this.run({ kind: 'EXPIRY' }, input, user);
  }

  @RequireRights(Right.PolicyEdit)
  @Mutation(() => PolicyJobRunPayload, { description: 'Runs the renewal reminders now, optionally for a location, an officer or a range of expiry dates' })
  runRenewalReminders(
    @Args('input', { type: () => RunRenewalRemindersInput, nullable: true }) input: RunRenewalRemindersInput | null,
    @CurrentUser() user: RequestUser,
  ): Promise<PolicyJobRunPayload> {
    const filter = { locationId: input?.locationId ?? null, officerId: input?.officerId ?? null, dateFrom: input?.dateFrom ?? null, dateTo: input?.dateTo ?? null };
    return this.run({ kind: 'RENEWAL_REMINDER', filter }, input, user);
  }

  private async run(data: RunPolicyJobData, input: RunPolicyJobInput | null, user: RequestUser): Promise<PolicyJobRunPayload> {
    const clientMutationId = input?.clientMutationId ?? null;
    const meta = { ...commandMeta(user, clientMutationId), scope: await this.locations.data(user) };
    const result = await runUseCase(this.em, this.runJob, data, meta);
    const run = result.runId ? await this.queries.run(result.runId) : null;
    return { policyJobRun: run as PolicyJobRunModel | null, errors: result.errors, clientMutationId };
  }
}
