import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MembershipCard', { description: 'A PDF of membership cards, one ID-1 page per insuree.' })
export class MembershipCardModel {
  @Field()
  fileName!: string;

  @Field({ description: 'application/pdf' })
  contentType!: string;

  @Field(() => Int)
  pagesCount!: number;

  @Field({ description: 'The PDF, base64' })
  contentBase64!: string;
}
