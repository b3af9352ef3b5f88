/** An upload job's life: queued by the request, run by a worker, finished one way or the other. */
export const UPLOAD_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type UploadStatus = (typeof UPLOAD_STATUSES)[number];

export function isFinished(status: UploadStatus): boolean {
  return status === 'SUCCEEDED' || status === 'FAILED';
}
