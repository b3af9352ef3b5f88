import type { CommandMeta } from '@imis/application';
import type { ScopeFilter } from '@imis/auth';

/**
 * Who sends a product command: its actor and idempotency key, the locations it may change (`scope`, its data
 * scope) and those whose products it may see (`visible`: its data scope and their ancestors). A product
 * outside what it may see or change answers as an unknown one.
 */
export interface ProductCommandMeta extends CommandMeta {
  readonly scope: ScopeFilter;
  readonly visible: ScopeFilter;
}
