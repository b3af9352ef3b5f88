import { setTimeout as delay } from 'timers/promises';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { csvLine } from '@imis/tabular-files';
import { Diagnosis, DiagnosisUpload, UploadDiagnoses } from '../modules/diagnosis';
import { seedDiagnoses } from './catalogue-seed.data';
import { seedCommand } from './seed-actor';

const UPLOAD_TIMEOUT_MS = 5 * 60_000;
const POLL_MS = 100;

/** What the diagnoses step did: codes uploaded (and the upload), codes already current. */
export interface DiagnosisSeedTally {
  created: number;
  existing: number;
  uploadId: string | null;
}

/**
 * The seed's diagnoses go the way a user's file does: a CSV of the codes not yet current, uploaded with
 * UploadDiagnoses (ALL_OR_NOTHING, INSERT_ONLY) and run as a job (this process runs the queue too, so it
 * does not depend on the stack's JOBS_CONCURRENCY), whose batches write their events with the rows.
 */
@Injectable()
export class DiagnosisSeeder {
  constructor(
    private readonly em: EntityManager,
    private readonly upload: UploadDiagnoses,
  ) {}

  async diagnoses(): Promise<DiagnosisSeedTally> {
    const current = await this.em.fork().find(Diagnosis, { code: { $in: seedDiagnoses.map(([code]) => code) }, deletedAt: null }, { fields: ['code'] });
    const existing = new Set(current.map((diagnosis) => diagnosis.code));
    const missing = seedDiagnoses.filter(([code]) => !existing.has(code));
    if (missing.length === 0) return { created: 0, existing: existing.size, uploadId: null };
    const csv = [csvLine(['code', 'name']), ...missing.map((row) => csvLine(row))].join('\r\n') + '\r\n';
    const { uploadId } = await seedCommand(
      this.em.fork(),
      this.upload,
      { file: Buffer.from(csv).toString('base64'), fileName: 'seed-diagnoses.csv', format: 'CSV', mode: 'ALL_OR_NOTHING', strategy: 'INSERT_ONLY' },
      'diagnoses upload',
    );
    const upload = await this.finished(uploadId);
    if (upload.status !== 'SUCCEEDED') throw new Error(`The diagnoses upload ${uploadId} failed: ${upload.failureMessage}`);
    return { created: upload.created, existing: existing.size, uploadId };
  }

  private async finished(uploadId: string): Promise<DiagnosisUpload> {
    const deadline = Date.now() + UPLOAD_TIMEOUT_MS;
    for (;;) {
      const upload = await this.em.fork().findOneOrFail(DiagnosisUpload, { id: uploadId });
      if (upload.status === 'SUCCEEDED' || upload.status === 'FAILED') return upload;
      if (Date.now() > deadline) throw new Error(`The diagnoses upload ${uploadId} is still ${upload.status} after ${UPLOAD_TIMEOUT_MS / 1000} s`);
      await delay(POLL_MS);
    }
  }
}
