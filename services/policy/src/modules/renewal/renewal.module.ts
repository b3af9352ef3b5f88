import { Module } from '@nestjs/common';
import { LocationAccess } from '@imis/auth';
import { RenewalResolver } from './api/renewal.resolver';
import { RenewalQueries } from './application/renewal.queries';
import { RunPolicyJob } from './application/run-policy-job.command';

/**
 * Policy job runs and renewal reminders through GraphQL. Builds without Redis (print-schema): runs are
 * queued through JobsModule when the process has one; the processors are PolicyJobsModule's.
 */
@Module({ providers: [LocationAccess, RenewalQueries, RunPolicyJob, RenewalResolver] })
export class RenewalModule {}
