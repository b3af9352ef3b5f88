import type { CommandMeta } from '@imis/graphql';
import type { HealthFacilityFieldsInput } from '../../domain/health-facility-fields';

export interface CreateHealthFacilityData extends HealthFacilityFieldsInput {
  districtId?: string | null;
}

export class CreateHealthFacilityCommand {
  constructor(
    readonly data: CreateHealthFacilityData,
    readonly meta: CommandMeta,
  ) {}
}
