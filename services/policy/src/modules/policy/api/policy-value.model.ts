import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar, MoneyScalar, UserError } from '@imis/graphql';

@ObjectType('PolicyValueBreakdown', { description: "How the legacy formula reached the value (null for a scheme rule without such parts)" })
export class PolicyValueBreakdownModel {
  @Field(() => MoneyScalar)
  contribution!: string;

  @Field(() => MoneyScalar)
  generalAssembly!: string;

  @Field(() => MoneyScalar)
  registration!: string;

  @Field(() => MoneyScalar, { description: 'Taken off the whole value' })
  discount!: string;
}

@ObjectType('PolicyValueWarning')
export class PolicyValueWarningModel {
  @Field({ description: 'MEMBER_CAP_EXCEEDED: more members than the product covers' })
  code!: string;

  @Field()
  message!: string;

  @Field(() => [ID], { description: 'The members concerned (those left uncounted)' })
  memberIds!: string[];
}

@ObjectType('PolicyValue', { description: 'What a policy would cost and when it would run; the other fields are null when errors is not empty.' })
export class PolicyValueModel {
  @Field(() => MoneyScalar, { nullable: true })
  value!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  startDate!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Cover's first day if the whole value were paid today: the later of today and the start" })
  effectiveDateIfPaid!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  expiryDate!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Paid after this day, the policy is not activated' })
  lastDateForPayment!: string | null;

  @Field(() => PolicyValueBreakdownModel, { nullable: true })
  breakdown!: PolicyValueBreakdownModel | null;

  @Field(() => String, { nullable: true, description: 'The policy value rule that priced it (POLICY_VALUE_RULE, or the legacy formula when it did not apply)' })
  rule!: string | null;

  @Field(() => [PolicyValueWarningModel])
  warnings!: PolicyValueWarningModel[];

  @Field(() => [UserError], { description: 'Why there is no value (FAMILY_NOT_FOUND, PRODUCT_NOT_AVAILABLE…); empty otherwise' })
  errors!: UserError[];
}
