import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestUser } from '@imis/auth';
import { isUuid } from '@imis/persistence';
import { errorReportCsv } from '@imis/tabular-files';
import type { ImportRowError } from '../domain/import-row';
import { ImportRecords } from '../infrastructure/import-records';
import { InsureeImport } from '../infrastructure/insuree-import.entity';

/** Imports as their requester (or an administrator) sees them: anyone else gets nothing. */
@Injectable()
export class ImportQueries {
  constructor(private readonly em: EntityManager) {}

  async find(id: string, user: RequestUser): Promise<InsureeImport | null> {
    if (!isUuid(id)) return null;
    const job = await this.em.fork().findOne(InsureeImport, { id });
    return job && (user.isAdministrator || job.requestedBy === user.id) ? job : null;
  }

  /** Up to `size + 1` errors after the cursor's id, in row order, and the total. */
  async errors(importId: string, size: number, afterId: string | null): Promise<{ rows: (ImportRowError & { id: string })[]; totalCount: number }> {
    const em = this.em.fork();
    const [rows, [{ count }]] = await Promise.all([
      new ImportRecords(em).errors(importId, afterId, size + 1),
      em.getConnection().execute<{ count: string }[]>('select count(*) as count from insuree_import_error where import_id = ?', [importId]),
    ]);
    return { rows, totalCount: Number(count) };
  }

  async errorReport(importId: string): Promise<string> {
    return errorReportCsv(await new ImportRecords(this.em.fork()).errors(importId, null, null));
  }
}
