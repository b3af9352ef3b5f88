import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { type DomainError, today } from '@imis/kernel';
import { asDomainError, InsuranceNumbers, insuranceNumberTaken } from '../../insurance-number';
import { type ColumnMapping, resolveColumns } from '../domain/import-columns';
import { type FileIndex, type ImportReferences, indexImportFile, type PlanContext, planFamilies } from '../domain/import-plan';
import { type ImportRowError, readImportRow, type RowReadOptions } from '../domain/import-row';
import { importErrors } from '../domain/import.errors';
import type { ImportDateFormat, ImportFormat, ImportMode } from '../domain/import-options';
import { ImportConnection } from '../infrastructure/import-connection';
import { ImportRecords } from '../infrastructure/import-records';
import { importRows, importSeconds, importsFinished } from '../infrastructure/import.metrics';
import type { InsureeImport } from '../infrastructure/insuree-import.entity';
import { FAMILIES_PER_EVENT } from './import-batches';
import { ImportBatchWriter, yieldToIo } from './import-batch.writer';
import { ImportFileUnreadable, type ImportSheet, readImportFile } from './import-file.reader';
import { ImportProgressReporter } from './import-progress.reporter';
import { ImportTimings } from './import-timings';

/**
 * Runs one import from its stored file, in one transaction: read it, resolve its codes and numbers (one
 * query each), then check the families batch by batch, writing each batch that passes (families, insurees
 * and its event) while the next is checked (phase VALIDATING, rowsDone = rows checked); last the error report
 * and the status (phase WRITING), committed together. In ALL_OR_NOTHING the first refusal stops the writes
 * and the transaction is rolled back: the import FAILS with the report of every row. A thrown error is an
 * infrastructure failure the queue retries from scratch; an import already SUCCEEDED or FAILED is left alone.
 */
@Injectable()
export class ImportJobRunner {
  private readonly logger = new Logger('InsureeImport');

  constructor(
    private readonly em: EntityManager,
    private readonly numbers: InsuranceNumbers,
  ) {}

  async run(importId: string): Promise<void> {
    const records = new ImportRecords(this.em.fork());
    const job = await records.load(importId);
    if (!job || job.status === 'SUCCEEDED' || job.status === 'FAILED') return;
    await records.start(importId);
    const stopTimer = importSeconds.startTimer();
    const db = await ImportConnection.open(records.connectionConfig());
    try {
      const finished = await this.process(job, records, db);
      stopTimer();
      importsFinished.inc({ status: finished.status });
      importRows.inc({ result: 'imported' }, finished.insureesCreated);
      importRows.inc({ result: 'refused' }, finished.refusedRows);
    } finally {
      await db.close();
    }
  }

  /** After the last retry: the import fails with the infrastructure error (unless it finished meanwhile). */
  async giveUp(importId: string, error: Error): Promise<void> {
    this.logger.error(`Import ${importId} failed: ${error.message}`);
    const failed = await new ImportRecords(this.em.fork()).failUnfinished(importId, `The import could not run: ${error.message}`);
    if (failed) importsFinished.inc({ status: 'FAILED' });
  }

  private async process(job: InsureeImport, records: ImportRecords, db: ImportConnection): Promise<FinishedImport> {
    const timings = new ImportTimings();
    let since = performance.now();
    let sheet: ImportSheet;
    try {
      sheet = await readImportFile(job.format as ImportFormat, job.content);
    } catch (error) {
      if (!(error instanceof ImportFileUnreadable)) throw error;
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
    const outcome: CheckOutcome = { errors: [], refusedRows: 0, familiesCreated: 0, insureesCreated: 0 };
    for (const row of index.keylessRows.map(read)) {
      outcome.errors.push(...row.errors);
      outcome.refusedRows += 1;
    }

    await db.preferFastCompression();
    await db.begin();
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
    progress.report(totalRows, outcome.errors.length, 'WRITING');
    await progress.done();

    if (context.mode === 'ALL_OR_NOTHING' && outcome.refusedRows > 0) {
      await db.rollback();
      const message = `${outcome.refusedRows} of ${totalRows} rows were refused (${outcome.errors.length} errors); nothing was imported`;
      await this.finishWithout(job, db, totalRows, outcome.errors, message);
      return { status: 'FAILED', insureesCreated: 0, refusedRows: outcome.refusedRows };
    }
    since = performance.now();
    await db.insertErrors(job.id, outcome.errors);
    await db.finish(job.id, {
      status: 'SUCCEEDED',
      totalRows,
      errorsCount: outcome.errors.length,
      familiesCreated: outcome.familiesCreated,
      insureesCreated: outcome.insureesCreated,
      failureMessage: null,
    });
    await db.commit();
    timings.add('error report and commit', since);
    this.logger.log(
      `Import ${job.id}: ${outcome.familiesCreated} families, ${outcome.insureesCreated} insurees, ${outcome.errors.length} errors in ${timings.summary()}`,
    );
    return { status: 'SUCCEEDED', insureesCreated: outcome.insureesCreated, refusedRows: outcome.refusedRows };
  }

  private async references(job: InsureeImport, index: FileIndex, db: ImportConnection): Promise<ImportReferences> {
    const locations = await db.locationsByCode(index.villageCodes);
    const facilities = await db.facilitiesByCode(index.facilityCodes);
    const takenNumbers = await db.takenNumbers(index.numbers);
    const scope = job.scopeLocationIds === null ? null : new Set(job.scopeLocationIds);
    return { locations, facilities, takenNumbers, villageAllowed: (id) => scope === null || scope.has(id), numberTaken: () => insuranceNumberTaken() };
  }

  /** A file refused as a whole (unreadable, wrong columns): errors on row 0, every row refused. */
  private async refuseFile(job: InsureeImport, db: ImportConnection, totalRows: number, errors: DomainError[]): Promise<FinishedImport> {
    const rowErrors = errors.map((error): ImportRowError => ({ row: 0, column: error.field ?? null, code: error.code, message: error.message }));
    await this.finishWithout(job, db, totalRows, rowErrors, `The file was refused (${errors.map((error) => error.code).join(', ')}); nothing was imported`);
    return { status: 'FAILED', insureesCreated: 0, refusedRows: totalRows };
  }

  private async finishWithout(job: InsureeImport, db: ImportConnection, totalRows: number, errors: ImportRowError[], message: string): Promise<void> {
    await db.begin();
    await db.insertErrors(job.id, errors);
    await db.finish(job.id, { status: 'FAILED', totalRows, errorsCount: errors.length, familiesCreated: 0, insureesCreated: 0, failureMessage: message });
    await db.commit();
  }
}

interface FinishedImport {
  status: 'SUCCEEDED' | 'FAILED';
  insureesCreated: number;
  refusedRows: number;
}

interface CheckOutcome {
  errors: ImportRowError[];
  refusedRows: number;
  familiesCreated: number;
  insureesCreated: number;
}
