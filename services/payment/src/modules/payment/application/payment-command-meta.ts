import type { CommandMeta } from '@imis/application';
import type { ScopeFilter } from '@imis/auth';

/** Who sends a payment command and the villages whose families it reaches (its data scope). */
export interface PaymentCommandMeta extends CommandMeta {
  readonly scope: ScopeFilter;
}
