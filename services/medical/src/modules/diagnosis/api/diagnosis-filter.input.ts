import { Field, InputType } from '@nestjs/graphql';
import { SEARCH_TEXT_MAX_LENGTH, TextCap } from '@imis/graphql';

@InputType({ description: 'Every given criterion must match; current diagnoses only.' })
export class DiagnosisFilterInput {
  @TextCap(SEARCH_TEXT_MAX_LENGTH)
  @Field(() => String, { nullable: true, description: 'The code starts with it (case as written)' })
  code?: string | null;

  @TextCap(SEARCH_TEXT_MAX_LENGTH)
  @Field(() => String, { nullable: true, description: 'Part of the name, ignoring case and accents' })
  name?: string | null;
}
