// The note module's public face: what other modules of the service (and its tests) may import.
export { NoteModule } from './note.module';
export { CreateNote } from './application/create-note.command';
export type { CreateNoteData } from './application/create-note.command';
export type { NoteView } from './application/note.view';
export { Note } from './infrastructure/note.entity';
