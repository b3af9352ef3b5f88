import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@imis/graphql';

@ObjectType('InsureePhoto', { description: 'A photo of an insuree; replaced photos stay readable as its photo history' })
export class PhotoModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'image/jpeg or image/png' })
  contentType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field(() => LocalDateScalar, { description: 'When the photo was taken' })
  takenOn!: string;

  @Field({ description: 'Who uploaded it (user id)' })
  uploadedBy!: string;

  @Field()
  uploadedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a newer photo replaced it' })
  replacedAt!: Date | null;

  /** Where the bytes are; read by the `contentBase64` resolver, not a GraphQL field. */
  storageKey!: string;
}
