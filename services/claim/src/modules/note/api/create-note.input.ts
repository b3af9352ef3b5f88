import { Field, InputType } from '@nestjs/graphql';
import { MutationInput } from '@imis/graphql';
import { NOTE_TEXT_MAX_LENGTH } from '../domain/note-text';

@InputType('CreateClaimNoteInput')
export class CreateNoteInput extends MutationInput {
  @Field({ description: `Not blank, at most ${NOTE_TEXT_MAX_LENGTH} characters` })
  text!: string;
}
