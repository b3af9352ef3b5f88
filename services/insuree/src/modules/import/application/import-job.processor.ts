import { EntityManager } from '@mikro-orm/postgresql';
import { InjectInsureeEnv } from '../../../config/insuree-env.module';
import type { InsureeEnv } from '../../../config/insuree.config';
import { Injectable, Logger } from '@nestjs/common';
import { type JobHandler, JobProcessor, type RunningJob } from '@imis/jobs';
import { type DomainError, today } from '@imis/kernel';
import { describeError } from '@imis/observability';
import { readTabularFile, TabularFileUnreadable, type TabularSheet, WorkbookTooLargeUncompressed } from '@imis/tabular-files';
import { asDomainError, InsuranceNumbers, insuranceNumberTaken } from '../../insurance-number';
import { type ColumnMapping, resolveColumns } from '../domain/import-columns';
import { type FileIndex, type ImportReferences, indexImportFile, type PlanContext, planFamilies } from '../domain/import-plan';
import { type ImportRowError, readImportRow, type RowReadOptions } from '../domain/import-row';
import { importErrors } from '../domain/import.errors';
import type { ImportDateFormat, ImportFormat, ImportMode } from '../domain/import-options';
import { ImportRecords } from '../infrastructure/import-records';
import { ImportStatements } from '../infrastructure/import-statements';
import { importRows, importSeconds, importsFinished } from '../infrastructure/import.metrics';
import type { InsureeImport } from '../infrastructure/insuree-import.entity';
import { FAMILIES_PER_EVENT } from './import-batches';
import { ImportBatchWriter, yieldToIo } from './import-batch.writer';
import { ImportProgressReporter } from './import-progress.reporter';
import { ImportTimings } from './import-timings';
import { type ImportJobPayload, insureeImportQueue } from './insuree-import.queue';

/** What an import's job row records when it completes. */
export interface ImportJobResult {
  status: 'SUCCEEDED' | 'FAILED';
  familiesCreated: number;
  insureesCreated: number;
  refusedRows: number;
}

/**
 * Runs one import from its stored file, in its job's transaction (libs/jobs: the import's writes and the
 * job's completion commit together): read it, resolve its codes and numbers (one query each), then check the
 * families batch by batch, writing each batch that passes (families, insurees and its event) while the next
 * is checked (phase VALIDATING, rowsDone = rows checked, written outside the transaction so polls see it);
 * last the error report and the status (phase WRITING). In ALL_OR_NOTHING the first refusal stops the writes
 * and what was written is rolled back: the import FAILS with the report of every row. A thrown error is an
 * infrastructure failure the queue retries from scratch; an import already SUCCEEDED or FAILED is left alone.
 */
@JobProcessor(insureeImportQueue)
@Injectable()
export class ImportJobProcessor implements JobHandler<ImportJobPayload, ImportJobResult | null> {
  private readonly logger = new Logger('InsureeImport');

  constructor(
    private readonly em: EntityManager,
    private readonly numbers: InsuranceNumbers,
    @InjectInsureeEnv() private readonly env: InsureeEnv,
  ) {}

  async process(job: RunningJob<ImportJobPayload>, tx: EntityManager): Promise<ImportJobResult | null> {
    const { importId } = job.payload;
    const records = new ImportRecords(this.em.fork()); // outside the transaction: polls see the progress
    const imported = await records.load(importId);
    if (!imported || imported.status === 'SUCCEEDED' || imported.status === 'FAILED') return null;
    await records.start(importId);
    const stopTimer = importSeconds.startTimer();
    const timings = new ImportTimings();
    const finished = await this.import(imported, records, ImportStatements.of(tx), timings);
    job.afterCommit(() => {
      stopTimer();
      importsFinished.inc({ status: finished.status });
      importRows.inc({ result: 'imported' }, finished.insureesCreated);
      importRows.inc({ result: 'refused' }, finished.refusedRows);
      if (finished.status !== 'SUCCEEDED') return;
      timings.add('error report and commit', finished.reportStartedAt);
      this.logger.log(
        `Import ${importId}: ${finished.familiesCreated} families, ${finished.insureesCreated} insurees, ${finished.errorsCount} errors in ${timings.summary()}`,
      );
    });
    return { status: finished.status, familiesCreated: finished.familiesCreated, insureesCreated: finished.insureesCreated, refusedRows: finished.refusedRows };
  }

  /** After the last retry: the import fails with the infrastructure error (unless it finished meanwhile). */
  async gaveUp(job: RunningJob<ImportJobPayload>, error: Error, tx: EntityManager): Promise<void> {
    this.logger.error(`Import ${job.payload.importId} failed: ${describeError(error)}`);
    const failed = await new ImportRecords(tx).failUnfinished(job.payload.importId, `The import could not run: ${describeError(error)}`);
    if (failed) job.afterCommit(() => importsFinished.inc({ status: 'FAILED' }));
  }

  private async import(job: InsureeImport, records: ImportRecords, db: ImportStatements, timings: ImportTimings): Promise<FinishedImport> {
    let since = performance.now();
    let sheet: TabularSheet;
    try {
      sheet = await readTabularFile(job.format as ImportFormat, job.content, { maxUncompressedBytes: this.env.IMPORT_MAX_UNCOMPRESSED_BYTES });
    } catch (error) {
      if (error instanceof WorkbookTooLargeUncompressed) return this.refuseFile(job, db, 0, [importErrors.fileTooLargeUncompressed(error.maxBytes)]);
      if (!(error instanceof TabularFileUnreadable)) throw error;
      return this.refuseFile(job, db, 0, [importErrors.fileUnreadable(job.format, error.message)]);
    }
    const { columns, errors: columnErrors } = resolveColumns(sheet.header, job.columnMapping as ColumnMapping);
    const totalRows = sheet.rows.length;
    if (columnErrors.length > 0) return this.refuseFile(job, db, totalRows, columnErrors);
    if (totalRows === 0) return this.refuseFile(job, db, 0, [importErrors.noRows()]);
    const index = indexImportFile(sheet.rows, sheet.rowNumbers, columns);
    timings.add('read', since);
    const references = await timings.wait('references', this.references(job, index, db));
    const context: PlanContext = { columns, references, mode: job.mode as ImportMode, firstRowOfNumber: index.firstRowOfNumber };
    const options: RowReadOptions = {
      columns,
      dateFormat: job.dateFormat as ImportDateFormat,
      today: today(),
      checkNumber: (number) => asDomainError(this.numbers.format(number)),
    };
    const read = (position: number) => readImportRow(sheet.rows[position], sheet.rowNumbers[position], options);
    const outcome: FinishedImport = { status: 'SUCCEEDED', errors: [], errorsCount: 0, refusedRows: 0, familiesCreated: 0, insureesCreated: 0, reportStartedAt: 0 };
    for (const row of index.keylessRows.map(read)) {
      outcome.errors.push(...row.errors);
      outcome.refusedRows += 1;
    }

    await db.preferFastCompression();
    await db.beginRows();
    const writer = new ImportBatchWriter(job, db, timings);
    const progress = new ImportProgressReporter(job.id, records, totalRows);
    let checked = index.keylessRows.length;
    for (let start = 0; start < index.families.length; start += FAMILIES_PER_EVENT) {
      since = performance.now();
      const families = index.families.slice(start, start + FAMILIES_PER_EVENT);
      const groups = families.map((family) => ({ key: family.key, rows: family.rows.map(read) }));
      timings.add('checks', since);
      await yieldToIo();
      since = performance.now();
      const plan = planFamilies(groups, context);
      timings.add('checks', since);
      outcome.errors.push(...plan.errors);
      outcome.refusedRows += plan.refusedRows;
      checked += families.reduce((sum, family) => sum + family.rows.length, 0);
      progress.report(checked, outcome.errors.length);
      // ALL_OR_NOTHING: after the first refusal nothing more is written (and what was is rolled back).
      if ((context.mode === 'VALID_ROWS_ONLY' || outcome.refusedRows === 0) && plan.families.length > 0) {
        await writer.write(plan.families);
        outcome.familiesCreated += plan.families.length;
        outcome.insureesCreated += plan.insureesCount;
      }
    }
    await writer.flush();
    outcome.errors.sort((a, b) => a.row - b.row);
    outcome.errorsCount = outcome.errors.length;
    progress.report(totalRows, outcome.errors.length, 'WRITING');
    // Before the import's row is written in the transaction: a progress write still waiting would wait for its commit.
    await progress.done();

    if (context.mode === 'ALL_OR_NOTHING' && outcome.refusedRows > 0) {
      await db.discardRows();
      const message = `${outcome.refusedRows} of ${totalRows} rows were refused (${outcome.errors.length} errors); nothing was imported`;
      await this.finishWithout(job, db, totalRows, outcome.errors, message);
      return { ...outcome, status: 'FAILED', familiesCreated: 0, insureesCreated: 0 };
    }
    outcome.reportStartedAt = performance.now();
    await db.insertErrors(job.id, outcome.errors);
    await db.finish(job.id, {
      status: 'SUCCEEDED',
      totalRows,
      errorsCount: outcome.errors.length,
      familiesCreated: outcome.familiesCreated,
      insureesCreated: outcome.insureesCreated,
      failureMessage: null,
    });
    return outcome;
  }

  private async references(job: InsureeImport, index: FileIndex, db: ImportStatements): Promise<ImportReferences> {
    const locations = await db.locationsByCode(index.villageCodes);
    const facilities = await db.facilitiesByCode(index.facilityCodes);
    const takenNumbers = await db.takenNumbers(index.numbers);
    const scope = job.scopeLocationIds === null ? null : new Set(job.scopeLocationIds);
    return { locations, facilities, takenNumbers, villageAllowed: (id) => scope === null || scope.has(id), numberTaken: () => insuranceNumberTaken() };
  }

  /** A file refused as a whole (unreadable, wrong columns): errors on row 0, every row refused. */
  private async refuseFile(job: InsureeImport, db: ImportStatements, totalRows: number, errors: DomainError[]): Promise<FinishedImport> {
    const rowErrors = errors.map((error): ImportRowError => ({ row: 0, column: error.field ?? null, code: error.code, message: error.message }));
    await this.finishWithout(job, db, totalRows, rowErrors, `The file was refused (${errors.map((error) => error.code).join(', ')}); nothing was imported`);
    return { status: 'FAILED', errors: rowErrors, errorsCount: rowErrors.length, refusedRows: totalRows, familiesCreated: 0, insureesCreated: 0, reportStartedAt: 0 };
  }

  private async finishWithout(job: InsureeImport, db: ImportStatements, totalRows: number, errors: ImportRowError[], message: string): Promise<void> {
    await db.insertErrors(job.id, errors);
    await db.finish(job.id, { status: 'FAILED', totalRows, errorsCount: errors.length, familiesCreated: 0, insureesCreated: 0, failureMessage: message });
  }
}

interface FinishedImport {
  status: 'SUCCEEDED' | 'FAILED';
  errors: ImportRowError[];
  errorsCount: number;
  refusedRows: number;
  familiesCreated: number;
  insureesCreated: number;
  /** performance.now() when the error report and status began to be written (for the timings). */
  reportStartedAt: number;
}
