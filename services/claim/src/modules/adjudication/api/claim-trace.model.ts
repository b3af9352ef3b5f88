import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ClaimTraceFact', { description: 'A value a check read or decided (dates and money as strings)' })
export class ClaimTraceFactModel {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'The value as text (numbers, booleans, dates and money too); null when not set' })
  value!: string | null;
}

@ObjectType('ClaimTraceEntry', { description: 'One step of a line’s adjudication: which check ran, on which policy, what it read and decided' })
export class ClaimTraceEntryModel {
  @Field({ description: 'The check’s name (e.g. registers, price-list, frequency, maximum-quantity), or covering-product, product-assignment, claim, valuation' })
  check!: string;

  @Field({ description: 'passed, rejected, trimmed, skipped, assigned or valued' })
  outcome!: string;

  @Field(() => Int, { description: 'The rejection code when rejected, else 0' })
  code!: number;

  @Field(() => ID, { nullable: true, description: 'The covering policy, for the checks run per policy and the valuation' })
  policyId!: string | null;

  @Field(() => [ClaimTraceFactModel])
  facts!: ClaimTraceFactModel[];
}
