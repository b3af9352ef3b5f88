import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { createEvent, diagnosesUploadedEvent } from '@imis/contracts';
import { type JobHandler, JobProcessor, type RunningJob } from '@imis/jobs';
import type { DomainError } from '@imis/kernel';
import { outboxRowOf } from '@imis/messaging';
import {
  readTabularFile,
  type RowError,
  TabularFileUnreadable,
  type TabularFormat,
  type TabularSheet,
  type UploadMode,
  WorkbookTooLargeUncompressed,
} from '@imis/tabular-files';
import { InjectMedicalEnv } from '../../../config/medical-env.module';
import type { MedicalEnv } from '../../../config/medical.config';
import { diagnosisColumnsOf } from '../domain/diagnosis-columns';
import { checkDiagnosisRows } from '../domain/diagnosis-rows';
import type { UploadStrategy } from '../domain/diagnosis-upload-options';
import { planDiagnosisUpload } from '../domain/diagnosis-upload-plan';
import { diagnosisErrors } from '../domain/diagnosis.errors';
import type { DiagnosisUpload } from '../infrastructure/diagnosis-upload.entity';
import { DiagnosisUploadRecords } from '../infrastructure/diagnosis-upload.records';
import { DiagnosisUploadStatements, type UploadOutcome } from '../infrastructure/diagnosis-upload.statements';
import { diagnosisBatches } from './diagnosis-batches';
import { type DiagnosisUploadJobPayload, diagnosisUploadQueue } from './diagnosis-upload.queue';

/**
 * Runs one upload from its stored file, in its job's transaction (its writes and the job's completion
 * commit together): read the file, check every row, then (unless ALL_OR_NOTHING found a refused row) plan
 * the changes against the current diagnoses by the strategy and write them batch by batch, one statement
 * each with its `diagnosesUploaded` event; last the error report and the outcome. A thrown error is an
 * infrastructure failure the queue retries from scratch; an upload already finished is left alone.
 */
@JobProcessor(diagnosisUploadQueue)
@Injectable()
export class DiagnosisUploadProcessor implements JobHandler<DiagnosisUploadJobPayload, Omit<UploadOutcome, 'failureMessage'> | null> {
  private readonly logger = new Logger('DiagnosisUpload');

  constructor(
    private readonly em: EntityManager,
    @InjectMedicalEnv() private readonly env: MedicalEnv,
  ) {}

  async process(job: RunningJob<DiagnosisUploadJobPayload>, tx: EntityManager): Promise<Omit<UploadOutcome, 'failureMessage'> | null> {
    const { uploadId } = job.payload;
    const records = new DiagnosisUploadRecords(this.em.fork()); // outside the transaction: polls see it RUNNING
    const upload = await records.load(uploadId);
    if (!upload || upload.status === 'SUCCEEDED' || upload.status === 'FAILED') return null;
    await records.start(uploadId);
    const started = performance.now();
    const { failureMessage, ...outcome } = await this.upload(upload, DiagnosisUploadStatements.of(tx));
    job.afterCommit(() =>
      this.logger.log(
        `Upload ${uploadId} ${outcome.status}: ${outcome.created} created, ${outcome.updated} updated, ${outcome.deleted} deleted, ${outcome.errorsCount} errors in ${Math.round(performance.now() - started)} ms`,
      ),
    );
    return outcome;
  }

  /** After the last retry: the upload fails with the infrastructure error (unless it finished meanwhile). */
  async gaveUp(job: RunningJob<DiagnosisUploadJobPayload>, error: Error, tx: EntityManager): Promise<void> {
    this.logger.error(`Upload ${job.payload.uploadId} failed: ${error.message}`);
    await new DiagnosisUploadRecords(tx).failUnfinished(job.payload.uploadId, `The upload could not run: ${error.message}`);
  }

  private async upload(upload: DiagnosisUpload, db: DiagnosisUploadStatements): Promise<UploadOutcome> {
    let sheet: TabularSheet;
    try {
      sheet = await readTabularFile(upload.format as TabularFormat, upload.content, { maxUncompressedBytes: this.env.DIAGNOSIS_UPLOAD_MAX_UNCOMPRESSED_BYTES });
    } catch (error) {
      if (error instanceof WorkbookTooLargeUncompressed) return this.refuseFile(upload, db, 0, [diagnosisErrors.fileTooLargeUncompressed(error.maxBytes)]);
      if (!(error instanceof TabularFileUnreadable)) throw error;
      return this.refuseFile(upload, db, 0, [diagnosisErrors.fileUnreadable(upload.format, error.message)]);
    }
    const totalRows = sheet.rows.length;
    const { columns, errors: columnErrors } = diagnosisColumnsOf(sheet.header);
    if (!columns) return this.refuseFile(upload, db, totalRows, columnErrors);
    if (totalRows === 0) return this.refuseFile(upload, db, 0, [diagnosisErrors.noRows()]);
    const checked = checkDiagnosisRows(sheet.rows, sheet.rowNumbers, columns);
    const counts = { totalRows, errorsCount: checked.errors.length, refusedRows: checked.refusedRows };
    if (upload.mode as UploadMode === 'ALL_OR_NOTHING' && checked.refusedRows > 0) {
      const message = `${checked.refusedRows} of ${totalRows} rows were refused (${checked.errors.length} errors); nothing was uploaded`;
      return this.finish(upload, db, checked.errors, { ...counts, ...NOTHING, status: 'FAILED', failureMessage: message });
    }
    await db.lockDiagnoses();
    const plan = planDiagnosisUpload(checked.valid, await db.current(), upload.strategy as UploadStrategy, checked.codesInFile);
    const batches = diagnosisBatches(plan);
    for (const [index, batch] of batches.entries()) {
      const event = createEvent(diagnosesUploadedEvent, {
        subject: upload.id,
        data: { uploadId: upload.id, batch: index + 1, batches: batches.length, upserted: batch.upserted, deleted: batch.deleted },
      });
      await db.writeBatch(batch, outboxRowOf(event), upload.requestedBy);
    }
    return this.finish(upload, db, checked.errors, {
      ...counts,
      status: 'SUCCEEDED',
      created: plan.inserts.length,
      updated: plan.updates.length,
      deleted: plan.deletes.length,
      unchanged: plan.unchanged,
      failureMessage: null,
    });
  }

  /** A file refused as a whole (unreadable, wrong columns, no rows): errors on row 0, nothing written. */
  private refuseFile(upload: DiagnosisUpload, db: DiagnosisUploadStatements, totalRows: number, errors: DomainError[]): Promise<UploadOutcome> {
    const rowErrors = errors.map((error): RowError => ({ row: 0, column: error.field ?? null, code: error.code, message: error.message }));
    const message = `The file was refused (${errors.map((error) => error.code).join(', ')}); nothing was uploaded`;
    return this.finish(upload, db, rowErrors, { status: 'FAILED', totalRows, errorsCount: rowErrors.length, refusedRows: totalRows, ...NOTHING, failureMessage: message });
  }

  private async finish(upload: DiagnosisUpload, db: DiagnosisUploadStatements, errors: readonly RowError[], outcome: UploadOutcome): Promise<UploadOutcome> {
    await db.insertErrors(upload.id, errors);
    await db.finish(upload.id, outcome);
    return outcome;
  }
}

const NOTHING = { created: 0, updated: 0, deleted: 0, unchanged: 0 } as const;
