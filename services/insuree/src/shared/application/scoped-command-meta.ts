import type { CommandMeta } from '@imis/application';
import type { ScopeFilter } from '@imis/auth';

/**
 * Who sends an insuree command: its actor and idempotency key, and its data scope (families, insurees
 * and villages outside it are answered as unknown ids). A resolver passes the user's scope, an
 * event handler or a job acting for the system `UNRESTRICTED`.
 */
export interface ScopedCommandMeta extends CommandMeta {
  readonly scope: ScopeFilter;
}
