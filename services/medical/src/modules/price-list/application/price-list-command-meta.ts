import type { CommandMeta } from '@imis/application';
import type { ScopeFilter } from '@imis/auth';

/**
 * Who sends a price-list command: its actor and idempotency key, the locations it may change (`scope`, its
 * data scope) and the locations whose lists it may see (`visible`: its data scope and their ancestors).
 * A list outside what it may see or change answers as an unknown one.
 */
export interface PriceListCommandMeta extends CommandMeta {
  readonly scope: ScopeFilter;
  readonly visible: ScopeFilter;
}
