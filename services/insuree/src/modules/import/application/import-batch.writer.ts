import { buildEvent, createEvent, insureesImportedEvent } from '@imis/contracts';
import { EventTooLarge, type OutboxRow, outboxRowOf } from '@imis/messaging';
import type { PlannedFamily } from '../domain/import-plan';
import type { ImportStatements } from '../infrastructure/import-statements';
import type { InsureeImport } from '../infrastructure/insuree-import.entity';
import { type ImportBatch, importBatch } from './import-batches';
import type { ImportTimings } from './import-timings';

/** Batches waiting in PostgreSQL at most: enough to keep it busy while the next one is checked and built. */
const BATCHES_IN_FLIGHT = 2;

/** Lets the connection hand PostgreSQL its next statement between two slices of work on this thread. */
export const yieldToIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Writes batches of planned families (one statement and one event each) without waiting for each statement:
 * PostgreSQL inserts a batch while this process checks and builds the next (the two use different cores).
 */
export class ImportBatchWriter {
  private readonly inFlight: Promise<unknown>[] = [];
  private eventChecked = false;

  constructor(
    private readonly job: InsureeImport,
    private readonly db: ImportStatements,
    private readonly timings: ImportTimings,
  ) {}

  /** One batch (a statement and its event), or two halves when the event would be too large for NATS (EventTooLarge). */
  async write(families: PlannedFamily[]): Promise<void> {
    const started = performance.now();
    const batch = importBatch(families);
    this.timings.add('batches built', started);
    await yieldToIo();
    const building = performance.now();
    let event: OutboxRow | null = null;
    try {
      event = this.outboxRow(batch);
    } catch (error) {
      // 250 families make ~450 kB in the usual case; large families with long non-Latin names can pass the limit.
      if (!(error instanceof EventTooLarge) || families.length === 1) throw error;
    }
    this.timings.add('batches built', building);
    if (!event) {
      const half = Math.ceil(families.length / 2);
      await this.write(families.slice(0, half));
      await this.write(families.slice(half));
      return;
    }
    const statement = this.db.insertBatch(batch.families, batch.insurees, event, this.job.requestedBy);
    statement.catch(() => undefined); // awaited in turn below
    this.inFlight.push(statement);
    if (this.inFlight.length > BATCHES_IN_FLIGHT) await this.timings.wait('waiting for PostgreSQL', this.inFlight.shift()!);
  }

  async flush(): Promise<void> {
    await this.timings.wait('waiting for PostgreSQL', Promise.all(this.inFlight.splice(0)));
  }

  /** The batch's event as an outbox row (size checked, the job's correlation id added). */
  private outboxRow(batch: ImportBatch): OutboxRow {
    // Every batch event has the same shape, built from values the row checks passed: checking the first
    // against the contract is enough (checking them all cost about a tenth of the worker's time).
    const build = this.eventChecked ? buildEvent : createEvent;
    const event = build(insureesImportedEvent, {
      subject: this.job.id,
      data: { importId: this.job.id, families: batch.familyStates, insurees: batch.insureeStates },
    });
    this.eventChecked = true;
    return outboxRowOf(event);
  }
}
