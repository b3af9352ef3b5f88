import { Module } from '@nestjs/common';
import { DiagnosisUploadProcessor } from './application/diagnosis-upload.processor';

/** The upload jobs' processor (queue `diagnosis-upload` of libs/jobs), run by the processes whose JobsModule gives it a concurrency above 0. */
@Module({ providers: [DiagnosisUploadProcessor] })
export class DiagnosisJobsModule {}
