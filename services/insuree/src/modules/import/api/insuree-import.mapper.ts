import type { InsureeImport } from '../infrastructure/insuree-import.entity';
import type { ImportDateFormatEnum, ImportFormatEnum, ImportModeEnum, ImportPhaseEnum, ImportStatusEnum } from './import.enums';
import type { InsureeImportModel } from './insuree-import.model';

export function toInsureeImportModel(job: InsureeImport): InsureeImportModel {
  const finished = job.status === 'SUCCEEDED' || job.status === 'FAILED';
  const percent = finished ? 100 : job.totalRows ? Math.round((job.rowsDone / job.totalRows) * 10_000) / 100 : 0;
  return {
    id: job.id,
    fileName: job.fileName,
    format: job.format as ImportFormatEnum,
    mode: job.mode as ImportModeEnum,
    dateFormat: job.dateFormat as ImportDateFormatEnum,
    status: job.status as ImportStatusEnum,
    phase: job.phase as ImportPhaseEnum | null,
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
