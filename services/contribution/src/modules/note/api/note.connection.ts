import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@imis/graphql';
import { NoteModel } from './note.model';

@ObjectType('ContributionNoteConnection')
export class NoteConnection extends Connection(NoteModel, 'ContributionNote') {}
