import { ObjectType } from '@nestjs/graphql';
import { MutationPayload } from '@imis/graphql';
import { NoteModel } from './note.model';

@ObjectType('ClaimNotePayload', { description: 'Result of a note mutation: the note, or why it was refused.' })
export class NotePayload extends MutationPayload(NoteModel, 'note', { description: 'The note written; null when refused' }) {}
