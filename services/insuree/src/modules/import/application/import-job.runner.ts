import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { createEvent, insureesImportedEvent } from '@imis/contracts';
import type { DomainError } from '@imis/kernel';
import { asDomainError, InsuranceNumbers, insuranceNumberTaken } from '../../insurance-number/application/insurance-numbers';
import { today } from '../../registry/application/registry-commands';
import { type ColumnMapping, type ImportColumns, resolveColumns } from '../domain/import-columns';
import { type ImportPlan, planImport, referencesOf } from '../domain/import-plan';
import { type ImportRow, type ImportRowError, readImportRow, type RowReadOptions } from '../domain/import-row';
import { importErrors } from '../domain/import.errors';
import type { ImportDateFormat, ImportFormat, ImportMode } from '../domain/import-options';
import { ImportConnection, type OutboxInsert } from '../infrastructure/import-connection';
import { ImportRecords } from '../infrastructure/import-records';
import type { InsureeImport } from '../infrastructure/insuree-import.entity';
import { FAMILIES_PER_EVENT, importBatch } from './import-batches';
import { ImportFileUnreadable, readImportFile } from './import-file.reader';

/** Rows between two progress writes while validating. */
const PROGRESS_ROWS = 5_000;
/** Insurees per INSERT statement (and progress write) while writing. */
const INSERT_ROWS = 5_000;

/**
 * Runs one import from its stored file: read, check every row (phase VALIDATING), then write families,
 * insurees, batch events and the error report in one transaction (phase WRITING). Validation failures are
 * an outcome (status FAILED with the report); a thrown error is an infrastructure failure the queue retries,
 * and a retry starts from scratch. An import already SUCCEEDED or FAILED is left alone.
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
    const db = await ImportConnection.open(records.connectionConfig());
    try {
      await this.process(job, records, db);
    } finally {
      await db.close();
    }
  }

  /** After the last retry: the import fails with the infrastructure error (unless it finished meanwhile). */
  async giveUp(importId: string, error: Error): Promise<void> {
    this.logger.error(`Import ${importId} failed: ${error.message}`);
    await new ImportRecords(this.em.fork()).failUnfinished(importId, `The import could not run: ${error.message}`);
  }

  private async process(job: InsureeImport, records: ImportRecords, db: ImportConnection): Promise<void> {
    let sheet;
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

    const options: RowReadOptions = {
      columns,
      dateFormat: job.dateFormat as ImportDateFormat,
      today: today(),
      checkNumber: (number) => asDomainError(this.numbers.format(number)),
    };
    const rows: ImportRow[] = new Array(totalRows);
    let errorsSoFar = 0;
    for (let index = 0; index < totalRows; index++) {
      const row = readImportRow(sheet.rows[index], sheet.rowNumbers[index], options);
      rows[index] = row;
      errorsSoFar += row.errors.length;
      if ((index + 1) % PROGRESS_ROWS === 0) await records.progress(job.id, { phase: 'VALIDATING', totalRows, rowsDone: index + 1, errorsCount: errorsSoFar });
    }
    const plan = await this.plan(job, rows, columns, db);
    await records.progress(job.id, { phase: 'VALIDATING', totalRows, rowsDone: totalRows, errorsCount: plan.errors.length });

    if (job.mode === ('ALL_OR_NOTHING' satisfies ImportMode) && plan.refusedRows > 0) {
      const message = `${plan.refusedRows} of ${totalRows} rows were refused (${plan.errors.length} errors); nothing was imported`;
      return this.finishWithout(job, db, totalRows, plan.errors, message);
    }
    await this.write(job, records, db, plan, totalRows);
  }

  private async plan(job: InsureeImport, rows: ImportRow[], columns: ImportColumns, db: ImportConnection): Promise<ImportPlan> {
    const needed = referencesOf(rows);
    const locations = await db.locationsByCode(needed.villageCodes);
    const facilities = await db.facilitiesByCode(needed.facilityCodes);
    const takenNumbers = await db.takenNumbers(needed.numbers);
    const scope = job.scopeLocationIds === null ? null : new Set(job.scopeLocationIds);
    return planImport(
      rows,
      columns,
      { locations, facilities, takenNumbers, villageAllowed: (id) => scope === null || scope.has(id), numberTaken: () => insuranceNumberTaken() },
      job.mode as ImportMode,
    );
  }

  private async write(job: InsureeImport, records: ImportRecords, db: ImportConnection, plan: ImportPlan, totalRows: number): Promise<void> {
    await records.progress(job.id, { phase: 'WRITING', totalRows, rowsDone: 0, errorsCount: plan.errors.length });
    await db.begin();
    const events: OutboxInsert[] = [];
    let written = 0;
    let sinceProgress = 0;
    for (let start = 0; start < plan.families.length; start += FAMILIES_PER_EVENT) {
      const batch = importBatch(plan.families.slice(start, start + FAMILIES_PER_EVENT));
      await db.insertFamilies(batch.families, job.requestedBy);
      await db.insertInsurees(batch.insurees, job.requestedBy);
      const event = createEvent(insureesImportedEvent, {
        subject: job.id,
        data: { importId: job.id, families: batch.familyStates, insurees: batch.insureeStates },
      });
      events.push({ id: event.id, subject: event.type, payload: JSON.stringify(event) });
      written += batch.insureeStates.length;
      sinceProgress += batch.insureeStates.length;
      if (sinceProgress >= INSERT_ROWS) {
        sinceProgress = 0;
        await records.progress(job.id, { phase: 'WRITING', totalRows, rowsDone: written, errorsCount: plan.errors.length });
      }
    }
    await db.insertOutbox(events);
    await db.insertErrors(job.id, plan.errors);
    await db.finish(job.id, {
      status: 'SUCCEEDED',
      totalRows,
      errorsCount: plan.errors.length,
      familiesCreated: plan.families.length,
      insureesCreated: plan.insureesCount,
      failureMessage: null,
    });
    await db.commit();
    this.logger.log(`Import ${job.id}: ${plan.families.length} families, ${plan.insureesCount} insurees, ${plan.errors.length} errors`);
  }

  /** A file refused as a whole (unreadable, wrong columns): errors on row 0. */
  private refuseFile(job: InsureeImport, db: ImportConnection, totalRows: number, errors: DomainError[]): Promise<void> {
    const rowErrors = errors.map((error): ImportRowError => ({ row: 0, column: error.field ?? null, code: error.code, message: error.message }));
    return this.finishWithout(job, db, totalRows, rowErrors, `The file was refused (${errors.map((error) => error.code).join(', ')}); nothing was imported`);
  }

  private async finishWithout(job: InsureeImport, db: ImportConnection, totalRows: number, errors: ImportRowError[], message: string): Promise<void> {
    await db.begin();
    await db.insertErrors(job.id, errors);
    await db.finish(job.id, { status: 'FAILED', totalRows, errorsCount: errors.length, familiesCreated: 0, insureesCreated: 0, failureMessage: message });
    await db.commit();
  }
}
