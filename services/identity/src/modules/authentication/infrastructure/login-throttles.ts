import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { foldedUsername } from '../../user';
import type { LockoutPolicy, ThrottleState } from '../domain/login-lockout';

interface ThrottleRow {
  failures: number;
  // Raw rows: the driver leaves timestamps as text.
  locked_until: string | Date | null;
}

/** The counter's key for the username given as a `?` parameter. */
const KEY = foldedUsername('?');

const stateOf = (row: ThrottleRow): ThrottleState => ({
  failures: row.failures,
  lockedUntil: row.locked_until === null ? null : new Date(row.locked_until),
});

/**
 * Failed-login counters by username, folded in SQL by the rule the user lookup and the unique index use
 * (foldedUsername): every spelling that signs in as a user counts against, and is held by, the same lock.
 * Every change is one statement, so concurrent attempts neither lose a failure nor unlock a username
 * behind each other's back.
 */
@Injectable()
export class LoginThrottles {
  constructor(private readonly em: EntityManager) {}

  async state(username: string): Promise<ThrottleState | null> {
    const [row] = await this.em.fork().execute<ThrottleRow[]>(`select failures, locked_until from login_throttle where username = ${KEY}`, [
      username,
    ]);
    return row ? stateOf(row) : null;
  }

  /** Counts one more failure (the rule of afterFailure in login-lockout.ts, applied atomically). */
  async recordFailure(username: string, now: Date, policy: LockoutPolicy): Promise<ThrottleState> {
    const lockEnd = new Date(now.getTime() + policy.lockoutMinutes * 60_000);
    const failures = 'case when login_throttle.locked_until <= excluded.last_failure_at then 1 else login_throttle.failures + 1 end';
    const [row] = await this.em.fork().execute<ThrottleRow[]>(
      `insert into login_throttle (username, failures, locked_until, last_failure_at)
       values (${KEY}, 1, case when 1 >= ? then ?::timestamptz end, ?)
       on conflict (username) do update set
         failures = ${failures},
         locked_until = case when ${failures} >= ? then ?::timestamptz end,
         last_failure_at = excluded.last_failure_at
       returning failures, locked_until`,
      [username, policy.maxFailures, lockEnd, now, policy.maxFailures, lockEnd],
    );
    return stateOf(row);
  }

  /**
   * Clears the counter after a good password, unless a concurrent attempt locked the username meanwhile:
   * then returns the end of that lock (the login is refused).
   */
  async recordSuccess(username: string, now: Date): Promise<Date | null> {
    const [locked] = await this.em.fork().execute<ThrottleRow[]>(
      `with cleared as (delete from login_throttle where username = ${KEY} and (locked_until is null or locked_until <= ?))
       select failures, locked_until from login_throttle where username = ${KEY} and locked_until > ?`,
      [username, now, username, now],
    );
    return locked ? stateOf(locked).lockedUntil : null;
  }
}
