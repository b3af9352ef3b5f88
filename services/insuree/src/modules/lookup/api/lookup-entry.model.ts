import { Field, Int, ObjectType } from '@nestjs/graphql';

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
