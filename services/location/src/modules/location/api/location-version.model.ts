import { ObjectType } from '@nestjs/graphql';
import { VersionOf } from '@imis/graphql';
import { LocationFieldsModel } from './location-fields.model';

@ObjectType('LocationVersion', { description: 'A past version of a location, as it was until `validTo`.' })
export class LocationVersionModel extends VersionOf(LocationFieldsModel, {
  fieldDescriptions: { validTo: 'When this version stopped being current', replacedBy: 'Who replaced this version' },
}) {}
