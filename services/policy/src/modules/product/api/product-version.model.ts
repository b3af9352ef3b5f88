import { Field, ID, ObjectType } from '@nestjs/graphql';
import { VersionOf } from '@imis/graphql';
import { ProductFieldsModel } from './product.model';

@ObjectType('ProductVersion', { description: 'A past version of a product, with the lines it had, as it was until `validTo`.' })
export class ProductVersionModel extends VersionOf(ProductFieldsModel, {
  fieldDescriptions: { validTo: 'When this version stopped being current', replacedBy: 'Who replaced this version' },
}) {
  @Field(() => ID)
  id!: string;
}
