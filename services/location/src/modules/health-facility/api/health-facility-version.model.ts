import { ObjectType } from '@nestjs/graphql';
import { VersionOf } from '@imis/graphql';
import { HealthFacilityFieldsModel } from './health-facility-fields.model';

@ObjectType('HealthFacilityVersion', { description: 'A past version of a health facility, as it was until `validTo`.' })
export class HealthFacilityVersionModel extends VersionOf(HealthFacilityFieldsModel, {
  fieldDescriptions: { validTo: 'When this version stopped being current', replacedBy: 'Who replaced this version' },
}) {}
