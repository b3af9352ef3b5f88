import type { CommandMeta } from '@imis/application';
import type { RequestUser, ScopeFilter } from '@imis/auth';

/** Who sends a user-administration command: its token's rights and its expanded data scope. */
export interface Caller {
  readonly user: RequestUser;
  readonly scope: ScopeFilter;
}

/**
 * Who sends a user-administration command: its actor and idempotency key, and the caller's rights and
 * data scope, which every use case checks (no escalation, nothing outside the scope).
 */
export interface AdminCommandMeta extends CommandMeta {
  readonly caller: Caller;
}
