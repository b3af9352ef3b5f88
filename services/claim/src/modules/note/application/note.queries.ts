import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Page } from '@imis/graphql';
import { Note } from '../infrastructure/note.entity';
import { noteView, type NoteView } from './note.view';

/** Read side of notes: one keyset page in creation (id) order, and how many there are. */
@Injectable()
export class NoteQueries {
  constructor(private readonly em: EntityManager) {}

  async page(page: Page): Promise<{ rows: NoteView[]; totalCount: number }> {
    const notes = this.em.getRepository(Note);
    const rows = page.size === 0 ? [] : await notes.find(page.afterId ? { id: { $gt: page.afterId } } : {}, { orderBy: { id: 'asc' }, limit: page.size + 1 });
    return { rows: rows.map(noteView), totalCount: await notes.count() };
  }
}
