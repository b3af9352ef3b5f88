import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { runUseCase } from '@imis/application';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { LocalDateScalar, MoneyScalar, MutationInput, MutationPayload } from '@imis/graphql';
import { FundProduct } from '../application/fund-product.command';
import { FundingAccess } from '../application/funding-access';

@ObjectType('Funding', { description: 'A payer’s funding of a product: the funding policy (created by the policy service) and its premium of type F.' })
export class FundingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  payerId!: string;

  @Field(() => ID)
  productId!: string;

  @Field(() => ID, { nullable: true, description: 'The product location funded; null: national' })
  locationId!: string | null;

  @Field(() => ID, { description: 'The funding policy the policy service creates with this id' })
  policyId!: string;

  @Field(() => ID, { description: 'The contribution of type FUNDING paying it' })
  premiumId!: string;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field()
  receipt!: string;

  @Field(() => LocalDateScalar)
  payDate!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType('FundingPayload', { description: 'Result of fundProduct: the funding, or why it was refused.' })
export class FundingPayload extends MutationPayload(FundingModel, 'funding', { description: 'The funding recorded; null when refused' }) {}

@InputType()
export class FundProductInput extends MutationInput {
  @Field(() => ID, { description: 'A payer you may see whose location fits the product’s' })
  payerId!: string;

  @Field(() => ID, { description: 'A current product you may see' })
  productId!: string;

  @Field(() => ID, { nullable: true, description: 'The product’s location or one of its districts, in your data scope; absent: the product’s; null: national' })
  locationId?: string | null;

  @Field(() => MoneyScalar, { description: 'Above zero' })
  amount!: string;

  @Field({ description: 'At most 50 characters; unique among current contributions of the product' })
  receipt!: string;

  @Field(() => LocalDateScalar, { description: 'Not after today' })
  payDate!: string;
}

@Resolver(() => FundingModel)
export class FundingResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly access: FundingAccess,
    private readonly fundUseCase: FundProduct,
  ) {}

  @RequireRights(Right.FundingAdd)
  @Mutation(() => FundingPayload, { description: 'Records a payer’s funding of a product (§4): a funding policy and its premium of type FUNDING' })
  async fundProduct(@Args('input') { clientMutationId, ...data }: FundProductInput, @CurrentUser() user: RequestUser): Promise<FundingPayload> {
    const result = await runUseCase(this.em, this.fundUseCase, data, await this.access.meta(user, clientMutationId));
    return {
      funding: result.funding ? Object.assign(new FundingModel(), result.funding) : null,
      errors: result.errors,
      clientMutationId: clientMutationId ?? null,
    };
  }
}
