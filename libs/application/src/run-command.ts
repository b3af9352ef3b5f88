import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { clientMutationFingerprint } from './client-mutation-fingerprint';
import { clientMutationIdOf, lockClientMutation, replayOf, storeResult } from './client-mutations';
import { commandError, type CommandError } from './command-error';
import type { CommandKey, CommandMeta } from './command-meta';
import { CommandRefused } from './command-refused.error';
import { inTransaction } from './in-transaction';
import type { UseCase } from './use-case';
import { versionConflict } from './version-conflict';

/** A command's outcome: its result and no errors, or only the errors of its refusal. */
export type CommandResult<R> = Partial<R> & { errors: CommandError[] };

/**
 * Runs a command in a transaction (`inTransaction`: the caller's, or a new one). Its changes are made
 * under a savepoint (none when the transaction is the command's own and nothing else must commit): a refusal (`CommandRefused`) or a lost race on a versioned record
 * (OptimisticLockError: VERSION_CONFLICT) undoes them and returns the errors, leaving the caller's
 * transaction usable (an event handler's inbox row still commits; entities it had loaded and the
 * refused command changed keep those changes in memory only: reload them before using them). When the sender gave a
 * clientMutationId, the first successful result is stored with the changes, with a fingerprint of the
 * operation and `key.input`, and returned again on a retry of the same input; the key reused for another
 * operation or input is refused with CLIENT_MUTATION_ID_REUSED, writing nothing. A concurrent retry waits on a transaction-scoped lock of (actor, clientMutationId) for the
 * first attempt to finish, then returns its result.
 */
export async function runCommand<R extends object>(em: EntityManager, key: CommandKey, work: (tx: EntityManager) => Promise<R>): Promise<CommandResult<R>> {
  const clientMutationId = clientMutationIdOf(key);
  // A request's own transaction without a clientMutationId keeps nothing when refused: rolled back whole, no savepoint.
  if (!clientMutationId && !em.isInTransaction()) return refusedAsErrors(() => em.fork().transactional(async (tx) => ({ ...(await work(tx)), errors: [] })));
  // Taken before the command runs: a use case that fills in its input must not change what it was sent.
  const fingerprint = clientMutationId ? clientMutationFingerprint(key.operation, key.input) : '';
  return inTransaction(em, async (tx) => {
    if (clientMutationId) {
      await lockClientMutation(tx, key.actor, clientMutationId);
      const replay = await replayOf(tx, key, clientMutationId, fingerprint);
      if (replay && 'reused' in replay) return { errors: [replay.reused] } as CommandResult<R>;
      if (replay) return { ...(replay.result as Partial<R>), errors: [] };
    }
    return refusedAsErrors(() =>
      tx.transactional(async (changes) => {
        const result = await work(changes);
        if (clientMutationId) storeResult(changes, key, clientMutationId, fingerprint, result);
        return { ...result, errors: [] as CommandError[] };
      }),
    );
  });
}

/** The command's result, or the errors of its refusal or lost race once its changes are undone. */
async function refusedAsErrors<R extends object>(attempt: () => Promise<CommandResult<R>>): Promise<CommandResult<R>> {
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof CommandRefused) return { errors: error.errors } as CommandResult<R>;
    if (error instanceof OptimisticLockError) return { errors: [conflict()] } as CommandResult<R>;
    throw error;
  }
}

/** `runCommand` of a use case: `runUseCase(em, createLocation, input, meta)`. */
export function runUseCase<I, R extends object, M extends CommandMeta>(em: EntityManager, useCase: UseCase<I, R, M>, input: I, meta: M): Promise<CommandResult<R>> {
  return runCommand(em, { actor: meta.actor, clientMutationId: meta.clientMutationId, operation: useCase.operation, input }, (tx) => useCase.execute(tx, input, meta));
}

function conflict(): CommandError {
  const { code, message, field } = versionConflict();
  return commandError(code, message, field);
}
