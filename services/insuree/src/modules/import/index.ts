// The import module's public face: what the service's root modules (and other modules) may use.
export { ImportApiModule } from './import-api.module';
export { ImportJobsModule } from './import-jobs.module';
export { StartInsureeImport } from './application/start-insuree-import.command';
export type { StartImportData } from './application/start-insuree-import.command';
export { insureeImportQueue } from './application/insuree-import.queue';
export type { ImportJobPayload } from './application/insuree-import.queue';
