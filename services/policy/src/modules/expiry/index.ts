// The nightly expiry's public face: its processor, registered with its schedule by PolicyJobsModule.
export { PolicyExpiryProcessor, POLICY_JOBS_ACTOR } from './application/policy-expiry.processor';
