import type { CommandMeta } from '../../../../shared/application/command-meta';

export class DeleteHealthFacilityCommand {
  constructor(
    readonly data: { id: string },
    readonly meta: CommandMeta,
  ) {}
}
