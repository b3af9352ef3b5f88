import type { CommandMeta } from '@imis/application';
import type { ScopeFilter } from '@imis/auth';

/**
 * Who sends a premium command: its actor and idempotency key, the locations whose families' policies it may
 * pay (`scope`, its data scope) and the payers it may name (`payers`: national ones and those placed in its
 * scope or above). A policy or payer outside them answers as an unknown one.
 */
export interface PremiumCommandMeta extends CommandMeta {
  readonly scope: ScopeFilter;
  readonly payers: ScopeFilter;
}
