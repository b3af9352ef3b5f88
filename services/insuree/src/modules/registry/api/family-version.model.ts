import { ObjectType } from '@nestjs/graphql';
import { VersionOf } from '@imis/graphql';
import { FamilyFieldsModel } from './family-fields.model';

@ObjectType('FamilyVersion', { description: 'A past version of a family, as it was until `validTo`.' })
export class FamilyVersionModel extends VersionOf(FamilyFieldsModel, {
  fieldDescriptions: { validTo: 'When this version stopped being current', replacedBy: 'Who replaced this version' },
}) {}
