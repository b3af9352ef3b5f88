import { type EntityManager, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { ClientMutation } from './client-mutation.entity';
import { CommandRefused } from './command-refused.error';
import { type UserError, userError } from './user-error.type';

export interface MutationKey {
  clientMutationId?: string | null;
  actor: string;
  operation: string;
}

export type CommandResult<R> = R & { errors: UserError[] };

/**
 * Runs a command in one transaction. A command refused with CommandRefused rolls back and returns its
 * errors; one that lost a race on a versioned record (optimistic lock) returns VERSION_CONFLICT. When the client sent a clientMutationId, the first successful result is stored in the same
 * transaction and returned again on a retry, so a mobile client retrying over a bad network never
 * creates a second record.
 */
export async function runIdempotent<R extends object>(
  em: EntityManager,
  key: MutationKey,
  command: (tx: EntityManager) => Promise<R>,
): Promise<CommandResult<Partial<R>>> {
  const clientMutationId = key.clientMutationId ?? undefined;
  if (clientMutationId !== undefined && clientMutationId.length > 128) {
    throw new GraphQLError('clientMutationId is longer than 128 characters', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (clientMutationId) {
    const replay = await findResult<R>(em, key.actor, clientMutationId, key.operation);
    if (replay) return replay;
  }
  try {
    return await em.fork().transactional(async (tx) => {
      const result = await command(tx);
      if (clientMutationId) {
        tx.persist(tx.create(ClientMutation, { actor: key.actor, clientMutationId, operation: key.operation, result }));
      }
      return { ...result, errors: [] as UserError[] };
    });
  } catch (error) {
    if (error instanceof CommandRefused) return { errors: error.errors } as CommandResult<Partial<R>>;
    if (error instanceof OptimisticLockError) return { errors: [VERSION_CONFLICT] } as CommandResult<Partial<R>>;
    if (clientMutationId && error instanceof UniqueConstraintViolationException) {
      const replay = await findResult<R>(em, key.actor, clientMutationId, key.operation);
      if (replay) return replay; // a concurrent retry won the race
    }
    throw error;
  }
}

/** Another transaction changed the record between this command's read and its write: nothing was written. */
const VERSION_CONFLICT = userError('VERSION_CONFLICT', 'The record changed meanwhile: read it again and retry', 'version');

async function findResult<R>(em: EntityManager, actor: string, clientMutationId: string, operation: string) {
  const stored = await em.fork().findOne(ClientMutation, { actor, clientMutationId });
  if (!stored) return undefined;
  if (stored.operation !== operation) {
    throw new GraphQLError(`clientMutationId "${clientMutationId}" was already used for ${stored.operation}`, {
      extensions: { code: 'BAD_USER_INPUT', field: 'clientMutationId' },
    });
  }
  return { ...(stored.result as R), errors: [] };
}
