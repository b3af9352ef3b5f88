import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { CreateCatalogueEntryInput, DeleteCatalogueEntryInput, UpdateCatalogueEntryInput } from './catalogue-entry.input';
import { CareType, MedicalItemType } from './catalogue.enums';

@InputType()
export class CreateMedicalItemInput extends CreateCatalogueEntryInput {
  @Field(() => MedicalItemType)
  type!: MedicalItemType;

  @Field(() => String, { nullable: true, description: 'Packaging, at most 255 characters' })
  package?: string | null;

  @Field(() => Float, { nullable: true, description: 'Quantity per package, ≥ 0' })
  quantity?: number | null;
}

@InputType({ description: 'Only the fields sent change; send null to clear an optional one.' })
export class UpdateMedicalItemInput extends UpdateCatalogueEntryInput {
  @Field(() => ID)
  id!: string;

  @Field(() => MedicalItemType, { nullable: true })
  type?: MedicalItemType | null;

  @Field(() => String, { nullable: true })
  package?: string | null;

  @Field(() => Float, { nullable: true })
  quantity?: number | null;
}

@InputType()
export class DeleteMedicalItemInput extends DeleteCatalogueEntryInput {
  @Field(() => ID)
  id!: string;
}

@InputType({ description: 'Every given criterion must match; current items only.' })
export class MedicalItemFilterInput {
  @Field(() => String, { nullable: true, description: 'Exact code' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, ignoring case' })
  name?: string | null;

  @Field(() => MedicalItemType, { nullable: true })
  type?: MedicalItemType | null;

  @Field(() => CareType, { nullable: true })
  careType?: CareType | null;
}
