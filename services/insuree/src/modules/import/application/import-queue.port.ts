/** Injection token of the ImportQueue (provided by ImportJobsModule; absent when the API module is built alone). */
export const IMPORT_QUEUE = Symbol('ImportQueue');

/** Where started imports wait for a worker. Enqueueing an import twice runs it once. */
export interface ImportQueue {
  enqueue(importId: string): Promise<void>;
}
