import type { DomainError } from '@imis/kernel';
import { refuse } from './refuse';

/** The one refusal of a change made from a version that is no longer the current one. */
export function versionConflict(current?: number): DomainError {
  return {
    code: 'VERSION_CONFLICT',
    message: current === undefined ? 'The record changed meanwhile: read it again and retry' : `The record changed meanwhile: its current version is ${current}`,
    field: 'version',
  };
}

/**
 * Refuses with VERSION_CONFLICT unless the version the client read (when it sent one) is the record's
 * current version. A concurrent change between this check and the flush is caught by the version
 * column (MikroORM's OptimisticLockError), which `runCommand` turns into the same refusal.
 */
export function expectVersion(record: { readonly version: number }, version: number | null | undefined): void {
  if (version !== null && version !== undefined && version !== record.version) refuse(versionConflict(record.version));
}
