import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestUser } from '@imis/auth';
import { isUuid } from '@imis/persistence';
import { errorReportCsv } from '@imis/tabular-files';
import { requestedUpload } from '@imis/upload-jobs';
import type { ImportRowError } from '../domain/import-row';
import { ImportRecords } from '../infrastructure/import-records';
import { InsureeImport } from '../infrastructure/insuree-import.entity';

/** Imports as their requester (or an administrator) sees them: anyone else gets nothing. */
@Injectable()
export class ImportQueries {
  constructor(private readonly em: EntityManager) {}

  async find(id: string, user: RequestUser): Promise<InsureeImport | null> {
    if (!isUuid(id)) return null;
    return requestedUpload(await this.em.fork().findOne(InsureeImport, { id }), user);
  }

  /** Up to `size + 1` errors after the cursor's id, in row order, and the total. */
  async errors(importId: string, size: number, afterId: string | null): Promise<{ rows: (ImportRowError & { id: string })[]; totalCount: number }> {
    const records = new ImportRecords(this.em.fork());
    const [rows, totalCount] = await Promise.all([records.errors(importId, afterId, size + 1), records.errorsCount(importId)]);
    return { rows, totalCount };
  }

  async errorReport(importId: string): Promise<string> {
    return errorReportCsv(await new ImportRecords(this.em.fork()).errors(importId, null, null));
  }
}
