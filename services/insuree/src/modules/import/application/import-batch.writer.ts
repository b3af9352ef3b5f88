import { buildEvent, createEvent, insureesImportedEvent } from '@imis/contracts';
import { EventTooLarge, MAX_EVENT_BYTES } from '@imis/messaging';
import type { PlannedFamily } from '../domain/import-plan';
import type { ImportConnection } from '../infrastructure/import-connection';
import type { InsureeImport } from '../infrastructure/insuree-import.entity';
import { importBatch } from './import-batches';
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
    private readonly db: ImportConnection,
    private readonly timings: ImportTimings,
  ) {}

  /** One batch (a statement and its event), or two halves when the event would be too large for NATS (MAX_EVENT_BYTES). */
  async write(families: PlannedFamily[]): Promise<void> {
    const started = performance.now();
    const batch = importBatch(families);
    this.timings.add('batches built', started);
    await yieldToIo();
    const building = performance.now();
    // Every batch event has the same shape, built from values the row checks passed: checking the first
    // against the contract is enough (checking them all cost about a tenth of the worker's time).
    const build = this.eventChecked ? buildEvent : createEvent;
    const event = build(insureesImportedEvent, {
      subject: this.job.id,
      data: { importId: this.job.id, families: batch.familyStates, insurees: batch.insureeStates },
    });
    this.eventChecked = true;
    const payload = JSON.stringify(event);
    this.timings.add('batches built', building);
    // 250 families make ~450 kB in the usual case; large families with long non-Latin names can pass the limit.
    const bytes = Buffer.byteLength(payload);
    if (bytes > MAX_EVENT_BYTES) {
      if (families.length === 1) throw new EventTooLarge(event.type, bytes);
      const half = Math.ceil(families.length / 2);
      await this.write(families.slice(0, half));
      await this.write(families.slice(half));
      return;
    }
    const statement = this.db.insertBatch(batch.families, batch.insurees, { id: event.id, subject: event.type, payload }, this.job.requestedBy);
    statement.catch(() => undefined); // awaited in turn below
    this.inFlight.push(statement);
    if (this.inFlight.length > BATCHES_IN_FLIGHT) await this.timings.wait('waiting for PostgreSQL', this.inFlight.shift()!);
  }

  async flush(): Promise<void> {
    await this.timings.wait('waiting for PostgreSQL', Promise.all(this.inFlight.splice(0)));
  }
}
