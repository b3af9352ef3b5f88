import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@imis/graphql';
import { NoteModel } from './note.model';

@ObjectType('PolicyNoteConnection')
export class NoteConnection extends Connection(NoteModel, 'PolicyNote') {}
