import type { ScopeFilter } from '@imis/auth';
import type { CommandMeta } from '@imis/application';
import type { HealthFacilityFieldsInput } from '../../domain/health-facility-fields';

/** Fields left `undefined` keep their value; `null` clears an optional one. */
export interface UpdateHealthFacilityData extends HealthFacilityFieldsInput {
  id: string;
  districtId?: string | null;
}

export class UpdateHealthFacilityCommand {
  constructor(
    readonly data: UpdateHealthFacilityData,
    readonly meta: CommandMeta,
    /** The locations the sender may change (its data scope): a target outside it is refused. */
    readonly scope: ScopeFilter,
  ) {}
}
