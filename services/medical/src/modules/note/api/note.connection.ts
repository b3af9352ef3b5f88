import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@imis/graphql';
import { NoteModel } from './note.model';

@ObjectType('MedicalNoteConnection')
export class NoteConnection extends Connection(NoteModel, 'MedicalNote') {}
