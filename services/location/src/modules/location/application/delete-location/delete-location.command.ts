import type { CommandMeta } from '@imis/graphql';

export interface DeleteLocationData {
  id: string;
  /** Where the current children go (a location of the deleted one's level); required when it has any. */
  newParentId?: string | null;
}

export class DeleteLocationCommand {
  constructor(
    readonly data: DeleteLocationData,
    readonly meta: CommandMeta,
  ) {}
}
