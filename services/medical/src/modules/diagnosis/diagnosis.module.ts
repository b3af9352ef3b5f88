import { Module } from '@nestjs/common';
import { DiagnosisFilesController } from './api/diagnosis-files.controller';
import { DiagnosisUploadResolver } from './api/diagnosis-upload.resolver';
import { DiagnosisResolver } from './api/diagnosis.resolver';
import { DiagnosisUploadQueries } from './application/diagnosis-upload.queries';
import { DiagnosisQueries } from './application/diagnosis.queries';
import { UploadDiagnoses } from './application/upload-diagnoses.command';

/**
 * Diagnoses' GraphQL API (list, upload, its report) and their CSV downloads. Builds without Redis
 * (print-schema): upload jobs are added through JobsModule (libs/jobs) when the process has one.
 */
@Module({
  providers: [DiagnosisQueries, DiagnosisUploadQueries, UploadDiagnoses, DiagnosisResolver, DiagnosisUploadResolver],
  controllers: [DiagnosisFilesController],
  exports: [UploadDiagnoses],
})
export class DiagnosisModule {}
