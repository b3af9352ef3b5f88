import type { ImportPhase } from '../infrastructure/insuree-import.entity';
import type { ImportRecords } from '../infrastructure/import-records';

/** Rows between two progress writes. */
const PROGRESS_ROWS = 2_000;

/** Progress writes on the pool (outside the import's transaction), one at a time, at most every PROGRESS_ROWS rows. */
export class ImportProgressReporter {
  private last: Promise<void> = Promise.resolve();
  private reported = 0;

  constructor(
    private readonly importId: string,
    private readonly records: ImportRecords,
    private readonly totalRows: number,
  ) {}

  report(rowsDone: number, errorsCount: number, phase: ImportPhase = 'VALIDATING'): void {
    if (phase === 'VALIDATING' && rowsDone - this.reported < PROGRESS_ROWS) return;
    this.reported = rowsDone;
    const update = { phase, totalRows: this.totalRows, rowsDone, errorsCount };
    // A lost progress write only delays what a poll shows; the outcome is written with the data.
    this.last = this.last.then(() => this.records.progress(this.importId, update)).catch(() => undefined);
  }

  done(): Promise<void> {
    return this.last;
  }
}
