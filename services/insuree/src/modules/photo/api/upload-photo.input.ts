import { Field, ID, InputType } from '@nestjs/graphql';
import { BODY_LIMITED, LocalDateScalar, MutationInput, TextCap } from '@imis/graphql';

@InputType('UploadInsureePhotoInput')
export class UploadInsureePhotoInput extends MutationInput {
  @Field(() => ID)
  insureeId!: string;

  @TextCap(BODY_LIMITED)
  @Field({ description: 'The JPEG or PNG file, base64 (at most PHOTO_MAX_BYTES once decoded)' })
  contentBase64!: string;

  @Field(() => String, { nullable: true, description: 'image/jpeg or image/png; checked against the content when sent' })
  contentType?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the photo was taken; defaults to today' })
  takenOn?: string | null;
}
