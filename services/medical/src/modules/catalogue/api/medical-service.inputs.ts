import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { MoneyScalar } from '@imis/graphql';
import { CreateCatalogueEntryInput, DeleteCatalogueEntryInput, UpdateCatalogueEntryInput } from './catalogue-entry.input';
import { CareType, MedicalPackageType, MedicalServiceCategory, MedicalServiceLevel, MedicalServiceType } from './catalogue.enums';

@InputType('MedicalPackageLineInput', { description: 'Exactly one of itemId and serviceId, each a current one, once per package.' })
export class PackageLineInput {
  @Field(() => ID, { nullable: true })
  itemId?: string | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => Float, { description: '> 0, at most 2 fraction digits' })
  quantity!: number;

  @Field(() => MoneyScalar, { nullable: true, description: "≥ 0; null = the sub-line's own register price" })
  price?: string | null;
}

@InputType()
export class CreateMedicalServiceInput extends CreateCatalogueEntryInput {
  @Field(() => MedicalServiceType)
  type!: MedicalServiceType;

  @Field(() => MedicalServiceLevel)
  level!: MedicalServiceLevel;

  @Field(() => MedicalServiceCategory, { nullable: true })
  category?: MedicalServiceCategory | null;

  @Field(() => Boolean, { nullable: true, description: 'false when not given' })
  manualPrice?: boolean | null;

  @Field(() => MedicalPackageType, { nullable: true, description: 'SINGLE when not given' })
  packageType?: MedicalPackageType | null;

  @Field(() => [PackageLineInput], { nullable: true, description: 'Only (and at least one) for PACKAGE_SUM and PACKAGE_FIXED' })
  packageLines?: PackageLineInput[] | null;
}

@InputType({ description: 'Only the fields sent change; send null to clear an optional one. packageLines replaces every line.' })
export class UpdateMedicalServiceInput extends UpdateCatalogueEntryInput {
  @Field(() => ID)
  id!: string;

  @Field(() => MedicalServiceType, { nullable: true })
  type?: MedicalServiceType | null;

  @Field(() => MedicalServiceLevel, { nullable: true })
  level?: MedicalServiceLevel | null;

  @Field(() => MedicalServiceCategory, { nullable: true })
  category?: MedicalServiceCategory | null;

  @Field(() => Boolean, { nullable: true })
  manualPrice?: boolean | null;

  @Field(() => MedicalPackageType, { nullable: true })
  packageType?: MedicalPackageType | null;

  @Field(() => [PackageLineInput], { nullable: true })
  packageLines?: PackageLineInput[] | null;
}

@InputType()
export class DeleteMedicalServiceInput extends DeleteCatalogueEntryInput {
  @Field(() => ID)
  id!: string;
}

@InputType({ description: 'Every given criterion must match; current services only.' })
export class MedicalServiceFilterInput {
  @Field(() => String, { nullable: true, description: 'Exact code' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, ignoring case' })
  name?: string | null;

  @Field(() => MedicalServiceType, { nullable: true })
  type?: MedicalServiceType | null;

  @Field(() => MedicalServiceLevel, { nullable: true })
  level?: MedicalServiceLevel | null;

  @Field(() => CareType, { nullable: true })
  careType?: CareType | null;

  @Field(() => MedicalServiceCategory, { nullable: true })
  category?: MedicalServiceCategory | null;

  @Field(() => MedicalPackageType, { nullable: true })
  packageType?: MedicalPackageType | null;
}
