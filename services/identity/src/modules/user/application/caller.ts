import type { EntityManager } from '@mikro-orm/postgresql';
import { OptimisticLockError } from '@mikro-orm/core';
import { refuse, runCommand as runTransportFreeCommand, type CommandKey } from '@imis/application';
import { userAdminErrors } from '../domain/user-admin.errors';

export type { AdminCommandMeta, Caller } from './admin-command-meta';

export { today } from '@imis/kernel';

/**
 * runCommand of @imis/application with the PostgreSQL EntityManager (raw SQL checks need it). A concurrent change of the
 * same record (the version column did not match on flush) is refused as VERSION_CONFLICT.
 */
export function runCommand<R extends object>(em: EntityManager, key: CommandKey, command: (tx: EntityManager) => Promise<R>) {
  return runTransportFreeCommand(em, key, async (tx) => {
    try {
      return await command(tx as EntityManager);
    } catch (error) {
      if (error instanceof OptimisticLockError) refuse(userAdminErrors.versionConflict((error.getEntity() as { version?: number } | undefined)?.version ?? 0));
      throw error;
    }
  });
}
