import type { CommandMeta } from '@imis/graphql';

export class DeleteHealthFacilityCommand {
  constructor(
    readonly data: { id: string },
    readonly meta: CommandMeta,
  ) {}
}
