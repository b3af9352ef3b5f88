import type { ScopeFilter } from '@imis/auth';
import type { CommandMeta } from '@imis/application';
import type { HealthFacilityFieldsInput } from '../../domain/health-facility-fields';

export interface CreateHealthFacilityData extends HealthFacilityFieldsInput {
  districtId?: string | null;
}

export class CreateHealthFacilityCommand {
  constructor(
    readonly data: CreateHealthFacilityData,
    readonly meta: CommandMeta,
    /** The locations the sender may change (its data scope): a target outside it is refused. */
    readonly scope: ScopeFilter,
  ) {}
}
