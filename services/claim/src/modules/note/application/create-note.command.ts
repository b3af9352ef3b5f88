import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type CommandMeta, orRefuse, type UseCase } from '@imis/application';
import { noteText } from '../domain/note-text';
import { Note } from '../infrastructure/note.entity';
import { noteView, type NoteView } from './note.view';

export interface CreateNoteData {
  text: string;
}

/**
 * Writes a note. Whoever runs it (a resolver with `runUseCase`, an event handler or a job in its own
 * transaction) chooses the transaction; a refused text writes nothing. Record an event here with
 * `recordEvent(tx, …)` once the service publishes one (its contract goes in libs/contracts).
 */
@Injectable()
export class CreateNote implements UseCase<CreateNoteData, { note: NoteView }> {
  readonly operation = 'createNote';

  async execute(tx: EntityManager, input: CreateNoteData, meta: CommandMeta): Promise<{ note: NoteView }> {
    const [text] = orRefuse(noteText(input.text));
    const note = tx.create(Note, { text, writtenBy: meta.actor });
    await tx.flush();
    return { note: noteView(note) };
  }
}
