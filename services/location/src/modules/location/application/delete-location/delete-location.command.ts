import type { ScopeFilter } from '@imis/auth';
import type { CommandMeta } from '@imis/application';

export interface DeleteLocationData {
  id: string;
  /** Where the current children go (a location of the deleted one's level); required when it has any. */
  newParentId?: string | null;
}

export class DeleteLocationCommand {
  constructor(
    readonly data: DeleteLocationData,
    readonly meta: CommandMeta,
    /** The locations the sender may change (its data scope): a target outside it is refused. */
    readonly scope: ScopeFilter,
  ) {}
}
