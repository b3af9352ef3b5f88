import type { ScopeFilter } from '@imis/auth';
import type { CommandMeta } from '@imis/application';
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
    /** The locations the sender may change (its data scope): a target outside it is refused. */
    readonly scope: ScopeFilter,
  ) {}
}
