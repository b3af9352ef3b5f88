import type { ScopeFilter } from '@imis/auth';
import type { CommandMeta } from '@imis/application';

export class DeleteHealthFacilityCommand {
  constructor(
    readonly data: { id: string },
    readonly meta: CommandMeta,
    /** The locations the sender may change (its data scope): a target outside it is refused. */
    readonly scope: ScopeFilter,
  ) {}
}
