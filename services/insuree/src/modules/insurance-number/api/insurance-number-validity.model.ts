import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('InsuranceNumberValidity', { description: "Whether a number may be given to a new insuree under the scheme's rule" })
export class InsuranceNumberValidityModel {
  @Field()
  isValid!: boolean;

  @Field(() => Int, { nullable: true, description: 'openIMIS code: 1 taken, 2 empty, 3 wrong length, 4 wrong check digit, 5 not numeric, 8 invalid characters' })
  errorCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Stable code, e.g. INSURANCE_NUMBER_CHECK_DIGIT' })
  code!: string | null;

  @Field(() => String, { nullable: true })
  errorMessage!: string | null;
}
