import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum LookupKindEnum {
  gender = 'gender',
  maritalStatus = 'maritalStatus',
  relationship = 'relationship',
  profession = 'profession',
  education = 'education',
  familyType = 'familyType',
  identificationType = 'identificationType',
  confirmationType = 'confirmationType',
  statusReason = 'statusReason',
}

registerEnumType(LookupKindEnum, { name: 'LookupKind', description: 'The code lists of the registry' });

@ObjectType('LookupEntry', { description: 'A code of a list with its labels' })
export class LookupEntryModel {
  @Field()
  code!: string;

  @Field({ description: 'English label' })
  labelEn!: string;

  @Field({ description: 'French label' })
  labelFr!: string;

  @Field(() => Int)
  sortOrder!: number;

  @Field(() => String, { nullable: true, description: 'statusReason only: the status it explains (IN or DE)' })
  type!: string | null;
}
