import type { CommandMeta } from '@imis/application';
import type { ScopeFilter } from '@imis/auth';

/**
 * Who sends a location command: its actor and idempotency key, the locations it sees (`visible`: a
 * location or facility outside it is answered exactly as an unknown id) and those it may change (`scope`,
 * its data scope: a visible target outside it is refused with LOCATION_OUT_OF_SCOPE). A resolver passes
 * the user's scopes, an event handler or a job acting for the system `UNRESTRICTED` for both.
 */
export interface ScopedCommandMeta extends CommandMeta {
  readonly scope: ScopeFilter;
  readonly visible: ScopeFilter;
}
