import { isFinished } from '@imis/upload-jobs';
import type { ImportDateFormat, ImportFormat, ImportMode } from '../domain/import-options';
import type { InsureeImport } from '../infrastructure/insuree-import.entity';
import type { InsureeImportModel } from './insuree-import.model';

export function toInsureeImportModel(job: InsureeImport): InsureeImportModel {
  const percent = isFinished(job.status) ? 100 : job.totalRows ? Math.round((job.rowsDone / job.totalRows) * 10_000) / 100 : 0;
  return {
    id: job.id,
    fileName: job.fileName,
    format: job.format as ImportFormat,
    mode: job.mode as ImportMode,
    dateFormat: job.dateFormat as ImportDateFormat,
    status: job.status,
    phase: job.phase,
    totalRows: job.totalRows,
    rowsDone: job.rowsDone,
    percent,
    errorsCount: job.errorsCount,
    familiesCreated: job.familiesCreated,
    insureesCreated: job.insureesCreated,
    failureMessage: job.failureMessage,
    requestedAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}
