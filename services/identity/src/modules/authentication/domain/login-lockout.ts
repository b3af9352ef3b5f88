/** Failed logins in a row before a username is locked, and for how long. */
export interface LockoutPolicy {
  readonly maxFailures: number;
  readonly lockoutMinutes: number;
}

export interface ThrottleState {
  readonly failures: number;
  readonly lockedUntil: Date | null;
}

/** When the lock on the username ends, or null when it is not locked now. */
export function lockEnd(state: ThrottleState | null, now: Date): Date | null {
  return state?.lockedUntil && state.lockedUntil > now ? state.lockedUntil : null;
}

/**
 * The state after one more failed login: an expired lock starts a new count, and reaching the maximum locks
 * the username from now on. (login-throttles.ts applies the same rule in one SQL upsert, for concurrency.)
 */
export function afterFailure(state: ThrottleState | null, now: Date, policy: LockoutPolicy): ThrottleState {
  const lockExpired = state?.lockedUntil != null && state.lockedUntil <= now;
  const failures = !state || lockExpired ? 1 : state.failures + 1;
  const lockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockoutMinutes * 60_000) : null;
  return { failures, lockedUntil };
}
