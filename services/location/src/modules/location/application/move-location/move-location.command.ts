import type { CommandMeta } from '../../../../shared/application/command-meta';

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
