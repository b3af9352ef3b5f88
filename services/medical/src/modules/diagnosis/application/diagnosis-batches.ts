import type { DeletedDiagnosis, DiagnosisState } from '@imis/contracts';
import { uuidv7 } from '@imis/persistence';
import type { DiagnosisUploadPlan } from '../domain/diagnosis-upload-plan';
import type { DiagnosisBatch } from '../infrastructure/diagnosis-upload.statements';

/** Rows per batch event at most (the contract's bound). */
export const ROWS_PER_EVENT = 1_000;
/** JSON bytes of the rows of one event at most: 1,000 names of 255 four-byte characters would pass NATS's limit. */
const BYTES_PER_EVENT = 384 * 1024;

/** A batch's rows to write and what its event carries. */
export interface PlannedBatch extends DiagnosisBatch {
  readonly upserted: DiagnosisState[];
  readonly deleted: DeletedDiagnosis[];
}

/**
 * The plan's changes cut into batches of at most ROWS_PER_EVENT rows (and BYTES_PER_EVENT of event
 * data), with the ids of new diagnoses and history rows and each row's state after the change, so that the
 * number of batches is known before the first event is written.
 */
export function diagnosisBatches(plan: DiagnosisUploadPlan): PlannedBatch[] {
  const batches: PlannedBatch[] = [];
  let batch = emptyBatch();
  let rows = 0;
  let bytes = 0;
  const add = (size: number, put: (into: PlannedBatch) => void) => {
    if (rows > 0 && (rows === ROWS_PER_EVENT || bytes + size > BYTES_PER_EVENT)) {
      batches.push(batch);
      [batch, rows, bytes] = [emptyBatch(), 0, 0];
    }
    put(batch);
    rows += 1;
    bytes += size;
  };
  for (const row of plan.inserts) {
    const state = { id: uuidv7(), code: row.code, name: row.name, version: 1 };
    add(sizeOf(state), (into) => {
      into.inserts.push({ id: state.id, code: row.code, name: row.name });
      into.upserted.push(state);
    });
  }
  for (const { current, name } of plan.updates) {
    const state = { id: current.id, code: current.code, name, version: current.version + 1 };
    add(sizeOf(state), (into) => {
      into.updates.push({ id: current.id, name, historyId: uuidv7() });
      into.upserted.push(state);
    });
  }
  for (const current of plan.deletes) {
    const deleted = { id: current.id, code: current.code, version: current.version + 1 };
    add(sizeOf(deleted), (into) => {
      into.deletes.push({ id: current.id, historyId: uuidv7() });
      into.deleted.push(deleted);
    });
  }
  if (rows > 0) batches.push(batch);
  return batches;
}

function emptyBatch(): PlannedBatch {
  return { inserts: [], updates: [], deletes: [], upserted: [], deleted: [] };
}

function sizeOf(state: { id: string; code: string; name?: string }): number {
  return Buffer.byteLength(JSON.stringify(state)) + 1;
}
