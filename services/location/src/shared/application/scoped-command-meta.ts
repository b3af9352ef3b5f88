import type { CommandMeta } from '@imis/application';
import type { ScopeFilter } from '@imis/auth';

/**
 * Who sends a location command: its actor and idempotency key, and the locations it may change (its
 * data scope; a target outside it is refused). A resolver passes the user's scope, an event handler or
 * a job acting for the system `UNRESTRICTED`.
 */
export interface ScopedCommandMeta extends CommandMeta {
  readonly scope: ScopeFilter;
}
