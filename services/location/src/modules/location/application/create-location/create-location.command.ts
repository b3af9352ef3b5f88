import type { CommandMeta } from '@imis/graphql';
import type { LocationFieldsInput } from '../../domain/location-fields';
import type { LocationTypeCode } from '../../domain/location-type';

export interface CreateLocationData extends LocationFieldsInput {
  type: LocationTypeCode;
  parentId?: string | null;
}

export class CreateLocationCommand {
  constructor(
    readonly data: CreateLocationData,
    readonly meta: CommandMeta,
  ) {}
}
