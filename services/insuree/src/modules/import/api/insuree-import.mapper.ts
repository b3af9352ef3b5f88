import { isFinished, uploadJobFields } from '@imis/upload-jobs';
import type { ImportDateFormat, ImportFormat, ImportMode } from '../domain/import-options';
import type { InsureeImport } from '../infrastructure/insuree-import.entity';
import type { InsureeImportModel } from './insuree-import.model';

export function toInsureeImportModel(job: InsureeImport): InsureeImportModel {
  const percent = isFinished(job.status) ? 100 : job.totalRows ? Math.round((job.rowsDone / job.totalRows) * 10_000) / 100 : 0;
  return {
    ...uploadJobFields(job),
    format: job.format as ImportFormat,
    mode: job.mode as ImportMode,
    dateFormat: job.dateFormat as ImportDateFormat,
    phase: job.phase,
    rowsDone: job.rowsDone,
    percent,
    familiesCreated: job.familiesCreated,
    insureesCreated: job.insureesCreated,
  };
}
