import type { ScopeFilter } from '@imis/auth';
import type { CommandMeta } from '@imis/application';

/** What every registry command carries besides its data: who sends it, and what it may change. */
export interface RegistryCommand<T> {
  readonly data: T;
  readonly meta: CommandMeta;
  /** The sender's data scope: families and insurees outside it are refused, as are villages outside it. */
  readonly scope: ScopeFilter;
}

