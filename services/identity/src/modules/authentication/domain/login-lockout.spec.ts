import { afterFailure, lockEnd, type ThrottleState } from './login-lockout';

const policy = { maxFailures: 3, lockoutMinutes: 15 };
const now = new Date('2026-11-24T10:00:00Z');
const minutesLater = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('login lockout', () => {
  it('counts failures in a row and locks at the maximum, for the lockout period', () => {
    let state: ThrottleState | null = null;
    state = afterFailure(state, now, policy);
    expect(state).toEqual({ failures: 1, lockedUntil: null });
    state = afterFailure(state, now, policy);
    expect(lockEnd(state, now)).toBeNull();
    state = afterFailure(state, now, policy);
    expect(state).toEqual({ failures: 3, lockedUntil: minutesLater(15) });
    expect(lockEnd(state, minutesLater(14))).toEqual(minutesLater(15));
  });

  it('unlocks when the period is over, and a failure then starts a new count', () => {
    const locked = { failures: 3, lockedUntil: minutesLater(15) };
    expect(lockEnd(locked, minutesLater(15))).toBeNull();
    expect(afterFailure(locked, minutesLater(16), policy)).toEqual({ failures: 1, lockedUntil: null });
  });

  it('locks at once when a single failure is the maximum', () => {
    expect(afterFailure(null, now, { maxFailures: 1, lockoutMinutes: 1 })).toEqual({ failures: 1, lockedUntil: minutesLater(1) });
  });

  it('treats an unknown username like any other', () => {
    expect(lockEnd(null, now)).toBeNull();
  });
});
