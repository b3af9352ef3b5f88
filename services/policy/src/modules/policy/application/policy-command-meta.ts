import type { CommandMeta } from '@imis/application';
import type { ScopeFilter } from '@imis/auth';

/**
 * Who sends a policy command: its actor and idempotency key, the locations whose families' policies it may
 * change (`scope`, its data scope) and the products it may see (`products`). A family or policy outside
 * them answers as an unknown one.
 */
export interface PolicyCommandMeta extends CommandMeta {
  readonly scope: ScopeFilter;
  readonly products: ScopeFilter;
}
