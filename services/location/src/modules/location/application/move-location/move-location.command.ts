import type { ScopeFilter } from '@imis/auth';
import type { CommandMeta } from '@imis/application';

export interface MoveLocationData {
  id: string;
  newParentId: string;
}

export class MoveLocationCommand {
  constructor(
    readonly data: MoveLocationData,
    readonly meta: CommandMeta,
    /** The locations the sender may change (its data scope): a target outside it is refused. */
    readonly scope: ScopeFilter,
  ) {}
}
