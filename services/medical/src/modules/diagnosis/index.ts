// The diagnosis module's public face: what the service's root modules (and other modules) may use.
export { DiagnosisModule } from './diagnosis.module';
export { DiagnosisJobsModule } from './diagnosis-jobs.module';
export { diagnosisUploadQueue } from './application/diagnosis-upload.queue';
export { Diagnosis } from './infrastructure/diagnosis.entity';
export { DiagnosisUpload } from './infrastructure/diagnosis-upload.entity';
export { DiagnosisUploadError } from './infrastructure/diagnosis-upload-error.entity';
export { UploadDiagnoses } from './application/upload-diagnoses.command';
export type { UploadDiagnosesData } from './application/upload-diagnoses.command';
