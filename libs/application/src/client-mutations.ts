import type { EntityManager } from '@mikro-orm/postgresql';
import { ClientMutation } from './client-mutation.entity';
import type { CommandKey } from './command-meta';
import { InvalidCommandInput } from './invalid-command-input.error';

/** Longest clientMutationId accepted. */
export const MAX_CLIENT_MUTATION_ID_LENGTH = 128;

/** First key of the two-key advisory locks on client mutations (a key space apart from single-key locks). */
const CLIENT_MUTATION_LOCK_CLASS = 0x494d4953; // "IMIS"

/** The client's idempotency key, refused when malformed; undefined when it sent none. */
export function clientMutationIdOf(key: CommandKey): string | undefined {
  const id = key.clientMutationId || undefined;
  if (id !== undefined && id.length > MAX_CLIENT_MUTATION_ID_LENGTH) {
    throw new InvalidCommandInput(`clientMutationId is longer than ${MAX_CLIENT_MUTATION_ID_LENGTH} characters`);
  }
  return id;
}

/**
 * Holds, until the transaction ends, the lock of this actor's clientMutationId: a concurrent retry waits
 * here for the first attempt to commit (or roll back), then finds its stored result.
 */
export async function lockClientMutation(tx: EntityManager, actor: string, clientMutationId: string): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(?, hashtext(?))', [CLIENT_MUTATION_LOCK_CLASS, `${actor}\n${clientMutationId}`]);
}

/** The stored first result of this key, or undefined; a key used for another operation is refused. */
export async function storedResult(tx: EntityManager, key: CommandKey, clientMutationId: string): Promise<object | undefined> {
  const stored = await tx.findOne(ClientMutation, { actor: key.actor, clientMutationId }, { disableIdentityMap: true });
  if (!stored) return undefined;
  if (stored.operation !== key.operation) {
    throw new InvalidCommandInput(`clientMutationId "${clientMutationId}" was already used for ${stored.operation}`, 'clientMutationId');
  }
  return stored.result as object;
}

export function storeResult(tx: EntityManager, key: CommandKey, clientMutationId: string, result: object): void {
  tx.persist(tx.create(ClientMutation, { actor: key.actor, clientMutationId, operation: key.operation, result }));
}
