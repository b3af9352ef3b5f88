import type { CommandMeta } from '@imis/application';
import type { ScopeFilter } from '@imis/auth';

/**
 * Who sends an insuree command: its actor and idempotency key, and its data scope (families and
 * insurees outside it are refused, as are villages outside it). A resolver passes the user's scope, an
 * event handler or a job acting for the system `UNRESTRICTED`.
 */
export interface ScopedCommandMeta extends CommandMeta {
  readonly scope: ScopeFilter;
}
