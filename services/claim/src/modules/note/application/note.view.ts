import type { Note } from '../infrastructure/note.entity';

/** A note as the API returns it (plain JSON, so that a clientMutationId replay returns it as first sent). */
export interface NoteView {
  id: string;
  text: string;
  writtenBy: string;
  createdAt: string;
}

export function noteView(note: Note): NoteView {
  return { id: note.id, text: note.text, writtenBy: note.writtenBy, createdAt: note.createdAt.toISOString() };
}
