import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { lookupCodesDescription } from './lookup-description';

/** Fields shared by a family and each of its past versions. */
@ObjectType({ isAbstract: true })
export abstract class FamilyFieldsModel {
  @Field(() => ID, { description: 'The village the family lives in' })
  villageId!: string;

  @Field(() => ID)
  headInsureeId!: string;

  @Field(() => Boolean, { nullable: true })
  poverty!: boolean | null;

  @Field(() => String, { nullable: true, description: lookupCodesDescription('familyType') })
  familyType!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  ethnicity!: string | null;

  @Field(() => String, { nullable: true })
  confirmationNumber!: string | null;

  @Field(() => String, { nullable: true, description: lookupCodesDescription('confirmationType') })
  confirmationType!: string | null;

  @Field()
  offline!: boolean;

  @Field(() => Int)
  version!: number;

  @Field()
  validFrom!: Date;

  @Field()
  changedBy!: string;
}
