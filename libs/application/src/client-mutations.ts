import type { EntityManager } from '@mikro-orm/postgresql';
import { ClientMutation } from './client-mutation.entity';
import { commandError, type CommandError } from './command-error';
import type { CommandKey } from './command-meta';
import { InvalidCommandInput } from './invalid-command-input.error';

/** Longest clientMutationId accepted. */
export const MAX_CLIENT_MUTATION_ID_LENGTH = 128;

/** Code of the refusal of a clientMutationId already used for another operation or another input. */
export const CLIENT_MUTATION_ID_REUSED = 'CLIENT_MUTATION_ID_REUSED';

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

/** What an earlier use of the key answers now: its stored first result, or the refusal of a key reused for something else. */
export type Replay = { readonly result: object } | { readonly reused: CommandError };

/** The replay of this key for a request of this fingerprint (`clientMutationFingerprint`), or undefined when the key was not used yet. */
export async function replayOf(tx: EntityManager, key: CommandKey, clientMutationId: string, fingerprint: string): Promise<Replay | undefined> {
  const stored = await tx.findOne(ClientMutation, { actor: key.actor, clientMutationId }, { disableIdentityMap: true });
  if (!stored) return undefined;
  if (stored.operation !== key.operation) return { reused: reused(`clientMutationId "${clientMutationId}" was already used for ${stored.operation}`) };
  // Results stored before fingerprints were kept have none: replayed as before.
  if (stored.inputHash && stored.inputHash !== fingerprint) {
    return { reused: reused(`clientMutationId "${clientMutationId}" was already used for ${stored.operation} with another input`) };
  }
  return { result: stored.result as object };
}

export function storeResult(tx: EntityManager, key: CommandKey, clientMutationId: string, fingerprint: string, result: object): void {
  tx.persist(tx.create(ClientMutation, { actor: key.actor, clientMutationId, operation: key.operation, inputHash: fingerprint, result }));
}

function reused(message: string): CommandError {
  return commandError(CLIENT_MUTATION_ID_REUSED, message, 'clientMutationId');
}
