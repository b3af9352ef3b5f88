import type { ScopeFilter } from '@imis/auth';
import type { CommandMeta } from '@imis/application';
import type { LocationFieldsInput } from '../../domain/location-fields';

/** Fields left `undefined` keep their value; `null` clears an optional one. */
export interface UpdateLocationData extends LocationFieldsInput {
  id: string;
}

export class UpdateLocationCommand {
  constructor(
    readonly data: UpdateLocationData,
    readonly meta: CommandMeta,
    /** The locations the sender may change (its data scope): a target outside it is refused. */
    readonly scope: ScopeFilter,
  ) {}
}
