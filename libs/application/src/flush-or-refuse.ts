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
