import { type EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { DomainError } from '@imis/kernel';
import { refuse } from './refuse';

/**
 * Flushes the unit of work. A unique index named in `refusals` that a concurrent transaction beat us to
 * (the application check passed, the index did not) becomes that domain refusal instead of a crash.
 */
export async function flushOrRefuse(em: EntityManager, refusals: Record<string, () => DomainError>): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    const constraint = (error as { constraint?: string }).constraint;
    if (error instanceof UniqueConstraintViolationException && constraint && refusals[constraint]) {
      refuse(refusals[constraint]());
    }
    throw error;
  }
}

/** PostgreSQL's SQLSTATE of a unique index violation (raw statements: the driver's error, not MikroORM's). */
const UNIQUE_VIOLATION = '23505';

/**
 * Runs a set-based write (raw statements, not the unit of work) with the same refusals as flushOrRefuse: a unique
 * index named in `refusals` that a concurrent transaction beat us to becomes that domain refusal.
 */
export async function writeOrRefuse(write: () => Promise<void>, refusals: Record<string, () => DomainError>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    if ((error instanceof UniqueConstraintViolationException || code === UNIQUE_VIOLATION) && constraint && refusals[constraint]) refuse(refusals[constraint]());
    throw error;
  }
}
