import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { VersionOf } from '@imis/graphql';
import { CatalogueEntryFieldsModel } from './catalogue-entry-fields.model';
import { MedicalItemType } from './catalogue.enums';

@ObjectType({ isAbstract: true })
export abstract class MedicalItemFieldsModel extends CatalogueEntryFieldsModel {
  @Field(() => MedicalItemType)
  type!: MedicalItemType;

  @Field(() => String, { nullable: true, description: 'Packaging, e.g. "box of 10 tablets"' })
  package!: string | null;

  @Field(() => Float, { nullable: true, description: 'Quantity per package' })
  quantity!: number | null;
}

@ObjectType('MedicalItem', { description: 'A drug or medical consumable of the register.' })
export class MedicalItemModel extends MedicalItemFieldsModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'True once deleted from the register (validFrom and changedBy then say when and by whom); price list rows and past package lines may still name it' })
  deleted!: boolean;
}

@ObjectType('MedicalItemVersion', { description: 'A past version of a medical item, as it was until `validTo`.' })
export class MedicalItemVersionModel extends VersionOf(MedicalItemFieldsModel, {
  fieldDescriptions: { validTo: 'When this version stopped being current', replacedBy: 'Who replaced this version' },
}) {}
