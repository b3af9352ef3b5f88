import type { CommandMeta } from '@imis/graphql';

export interface MoveLocationData {
  id: string;
  newParentId: string;
}

export class MoveLocationCommand {
  constructor(
    readonly data: MoveLocationData,
    readonly meta: CommandMeta,
  ) {}
}
