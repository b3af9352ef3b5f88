import { Inject } from '@nestjs/common';

/** Nest token of the policy jobs' settings (PolicyJobsEnv). */
export const POLICY_JOBS_ENV = Symbol('PolicyJobsEnv');

export const InjectPolicyJobsEnv = () => Inject(POLICY_JOBS_ENV);
