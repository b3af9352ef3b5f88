import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@imis/graphql';
import { NoteModel } from './note.model';

@ObjectType('ClaimNoteConnection')
export class NoteConnection extends Connection(NoteModel, 'ClaimNote') {}
