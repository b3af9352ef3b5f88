import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Page } from '@imis/graphql';
import { type CreationKey, createdAfterSql, creationOrderSql, findHistory, isUuid } from '@imis/persistence';
import { Diagnosis } from '../infrastructure/diagnosis.entity';
import { diagnosisView, type DiagnosisView } from './diagnosis.view';

export interface DiagnosisFilter {
  /** The code starts with it (case as written). */
  code?: string | null;
  /** Part of the name, ignoring case and accents. */
  name?: string | null;
}

/** A past version of a diagnosis (the history table's copy). */
export interface DiagnosisVersionView {
  version: number;
  code: string;
  name: string;
  validFrom: Date;
  validTo: Date;
  changedBy: string;
  deleted: boolean;
}

/** `like` wildcards of the caller's text taken literally. */
const literal = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** Reads of current diagnoses: national reference data, the same for every caller. */
@Injectable()
export class DiagnosisQueries {
  constructor(private readonly em: EntityManager) {}

  async byId(id: string): Promise<DiagnosisView | null> {
    if (!isUuid(id)) return null;
    const diagnosis = await this.em.fork().findOne(Diagnosis, { id, deletedAt: null });
    return diagnosis && diagnosisView(diagnosis);
  }

  /** One page in creation order, and how many match in all. */
  async search(filter: DiagnosisFilter, page: Page): Promise<{ rows: (DiagnosisView & CreationKey)[]; totalCount: number }> {
    const conditions = ['deleted_at is null'];
    const values: unknown[] = [];
    const code = filter.code?.trim();
    if (code) {
      conditions.push(`code like ?`);
      values.push(`${literal(code)}%`);
    }
    const name = filter.name?.trim();
    if (name) {
      conditions.push(`imis_fold(name) like ('%' || imis_fold(?) || '%')`);
      values.push(literal(name));
    }
    const where = conditions.join(' and ');
    const em = this.em.fork();
    const after = createdAfterSql('d', page.after);
    const pageValues = [...values, ...after.params];
    const [rows, [{ count }]] = await Promise.all([
      page.size === 0
        ? Promise.resolve([])
        : em.execute<{ id: string; code: string; name: string; version: number; valid_from: Date; created_at: string | Date }[]>(
            `select id, code, name, version, valid_from, created_at from diagnosis d where ${where} and ${after.sql} order by ${creationOrderSql('d')} limit ${page.size + 1}`,
            pageValues,
          ),
      em.execute<{ count: string }[]>(`select count(*) as count from diagnosis where ${where}`, values),
    ]);
    return { rows: rows.map((row) => ({ ...diagnosisView({ ...row, validFrom: row.valid_from }), createdAt: new Date(row.created_at) })), totalCount: Number(count) };
  }

  /** Past versions, oldest first (the current version is the diagnosis itself). */
  async history(id: string): Promise<DiagnosisVersionView[]> {
    if (!isUuid(id)) return [];
    return (await findHistory(this.em.fork(), Diagnosis.name, id)).map((record) => ({
      version: record.version,
      code: String(record.data.code),
      name: String(record.data.name),
      validFrom: record.validFrom,
      validTo: record.validTo,
      changedBy: record.changedBy,
      deleted: record.data.deletedAt !== null && record.data.deletedAt !== undefined,
    }));
  }
}
