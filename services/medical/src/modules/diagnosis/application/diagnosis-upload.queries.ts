import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestUser } from '@imis/auth';
import { isUuid } from '@imis/persistence';
import { csvLine, errorReportCsv, type RowError } from '@imis/tabular-files';
import { requestedUpload } from '@imis/upload-jobs';
import { DiagnosisUpload } from '../infrastructure/diagnosis-upload.entity';
import { DiagnosisUploadRecords } from '../infrastructure/diagnosis-upload.records';

const DOWNLOAD_CHUNK = 5_000;

/** Uploads as their requester (or an administrator) sees them, their reports, and the download of every diagnosis. */
@Injectable()
export class DiagnosisUploadQueries {
  constructor(private readonly em: EntityManager) {}

  async find(id: string, user: RequestUser): Promise<DiagnosisUpload | null> {
    if (!isUuid(id)) return null;
    return requestedUpload(await this.em.fork().findOne(DiagnosisUpload, { id }), user);
  }

  /** Up to `size + 1` errors after the cursor's id, in row order, and the total. */
  async errors(uploadId: string, size: number, afterId: string | null): Promise<{ rows: (RowError & { id: string })[]; totalCount: number }> {
    const records = new DiagnosisUploadRecords(this.em.fork());
    const [rows, totalCount] = await Promise.all([records.errors(uploadId, afterId, size + 1), records.errorsCount(uploadId)]);
    return { rows, totalCount };
  }

  async errorReport(uploadId: string): Promise<string> {
    return errorReportCsv(await new DiagnosisUploadRecords(this.em.fork()).errors(uploadId, null, null));
  }

  /**
   * The current diagnoses as CSV lines (`code,name` header first, CRLF ends), in code order, read
   * DOWNLOAD_CHUNK rows at a time (keyset on the code, unique among current rows): the whole list is never
   * in memory. Cells a spreadsheet would run as formulas get a leading apostrophe.
   */
  async *diagnosesCsv(): AsyncGenerator<string> {
    yield 'code,name\r\n';
    const em = this.em.fork();
    let after = '';
    for (;;) {
      const rows = await em.execute<{ code: string; name: string }[]>(
        `select code, name from diagnosis where deleted_at is null and code collate "C" > ? order by code collate "C" limit ${DOWNLOAD_CHUNK}`,
        [after],
      );
      if (rows.length === 0) return;
      yield rows.map((row) => `${csvLine([row.code, row.name])}\r\n`).join('');
      if (rows.length < DOWNLOAD_CHUNK) return;
      after = rows[rows.length - 1].code;
    }
  }
}
