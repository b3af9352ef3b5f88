/** Injection token of the ImportQueue (provided by ImportJobsModule; absent when the API module is built alone). */
export const IMPORT_QUEUE = Symbol('ImportQueue');

/**
 * Where an import's job stands in the queue: waiting or running (`pending`), gone without having run to
 * its end (`lost`: Redis lost it, or the process died between the commit and the enqueue), out of retries
 * (`gave-up`), or finished.
 */
export type QueuedImportState = 'pending' | 'lost' | 'gave-up' | 'finished';

/** Where started imports wait for a worker. Enqueueing an import twice runs it once. */
export interface ImportQueue {
  enqueue(importId: string): Promise<void>;
  stateOf(importId: string): Promise<QueuedImportState>;
}
