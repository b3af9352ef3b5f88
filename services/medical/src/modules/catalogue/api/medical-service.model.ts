import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { MoneyScalar, VersionOf } from '@imis/graphql';
import { CatalogueEntryFieldsModel } from './catalogue-entry-fields.model';
import { MedicalPackageType, MedicalServiceCategory, MedicalServiceLevel, MedicalServiceType } from './catalogue.enums';

@ObjectType('MedicalPackageLine', { description: 'One sub-item or sub-service of a package, with its quantity and price in the package.' })
export class PackageLineModel {
  @Field(() => ID, { nullable: true })
  itemId!: string | null;

  @Field(() => ID, { nullable: true })
  serviceId!: string | null;

  @Field(() => Float)
  quantity!: number;

  @Field(() => MoneyScalar, { nullable: true, description: "Price in the package; null = the sub-line's own register price" })
  price!: string | null;
}

@ObjectType({ isAbstract: true })
export abstract class MedicalServiceFieldsModel extends CatalogueEntryFieldsModel {
  @Field(() => MedicalServiceType)
  type!: MedicalServiceType;

  @Field(() => MedicalServiceLevel)
  level!: MedicalServiceLevel;

  @Field(() => MedicalServiceCategory, { nullable: true, description: 'Null counts as VISIT when a claim category is derived' })
  category!: MedicalServiceCategory | null;

  @Field({ description: 'The price is entered on the claim' })
  manualPrice!: boolean;

  @Field(() => MedicalPackageType)
  packageType!: MedicalPackageType;

  @Field(() => [PackageLineModel], { description: 'Sub-items and sub-services; empty unless a package' })
  packageLines!: PackageLineModel[];
}

@ObjectType('MedicalService', { description: 'A medical service of the register; a package when it has lines.' })
export class MedicalServiceModel extends MedicalServiceFieldsModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'True once deleted from the register (validFrom and changedBy then say when and by whom); price list rows and past package lines may still name it' })
  deleted!: boolean;
}

@ObjectType('MedicalServiceVersion', { description: 'A past version of a medical service, as it was until `validTo`.' })
export class MedicalServiceVersionModel extends VersionOf(MedicalServiceFieldsModel, {
  fieldDescriptions: { validTo: 'When this version stopped being current', replacedBy: 'Who replaced this version' },
}) {}
