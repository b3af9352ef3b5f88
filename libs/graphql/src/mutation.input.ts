import { Field, InputType } from '@nestjs/graphql';

@InputType({ isAbstract: true })
export abstract class MutationInput {
  @Field(() => String, {
    nullable: true,
    description: 'Idempotency key chosen by the client: a retry with the same key returns the first result',
  })
  clientMutationId?: string | null;
}
