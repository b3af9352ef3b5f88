import { type CommandResult, runUseCase, type UseCase } from '@imis/application';
import { UNRESTRICTED } from '@imis/auth';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PriceListCommandMeta } from '../modules/price-list';

/** Who the seed acts as: the system, with an unrestricted data scope (national price lists need one). */
export const SEED_META: PriceListCommandMeta = { actor: 'system', scope: UNRESTRICTED, visible: UNRESTRICTED };

/** Runs a use case as the seed; a refusal is a broken seed (or database), not something to skip. */
export async function seedCommand<I, R extends object>(em: EntityManager, useCase: UseCase<I, R, PriceListCommandMeta>, input: I, what: string): Promise<R> {
  const result: CommandResult<R> = await runUseCase(em, useCase, input, SEED_META);
  if (result.errors.length > 0) {
    throw new Error(`${useCase.operation} ${what} was refused: ${result.errors.map((error) => `${error.code} ${error.field ?? ''} ${error.message}`).join('; ')}`);
  }
  return result as R;
}
