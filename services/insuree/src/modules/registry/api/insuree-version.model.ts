import { ObjectType } from '@nestjs/graphql';
import { VersionOf } from '@imis/graphql';
import { InsureeFieldsModel } from './insuree-fields.model';

@ObjectType('InsureeVersion', { description: 'A past version of an insuree, as it was until `validTo`.' })
export class InsureeVersionModel extends VersionOf(InsureeFieldsModel, {
  fieldDescriptions: { validTo: 'When this version stopped being current', replacedBy: 'Who replaced this version' },
}) {}
