import { Module } from '@nestjs/common';
import { CreateNote } from './application/create-note.command';
import { NoteQueries } from './application/note.queries';
import { NoteResolver } from './api/note.resolver';

/** Notes: the scaffold's example module (a query and a mutation); replace it with the service's own. */
@Module({ providers: [CreateNote, NoteQueries, NoteResolver] })
export class NoteModule {}
