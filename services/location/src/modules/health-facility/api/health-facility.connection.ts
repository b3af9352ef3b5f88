import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@imis/graphql';
import { HealthFacilityModel } from './health-facility.model';

@ObjectType('HealthFacilityConnection')
export class HealthFacilityConnection extends Connection(HealthFacilityModel, 'HealthFacility') {}
