import { ObjectType } from '@nestjs/graphql';
import { MutationPayload } from '@imis/graphql';
import { HealthFacilityModel } from './health-facility.model';

@ObjectType('HealthFacilityPayload', { description: 'Result of a health facility mutation: the facility, or why it was refused.' })
export class HealthFacilityPayload extends MutationPayload(HealthFacilityModel, 'healthFacility', { description: 'The facility after the change; null when refused' }) {}
