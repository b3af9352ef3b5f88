import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Optional } from '@nestjs/common';
import { type CommandMeta, orRefuse, refuse, type UseCase } from '@imis/application';
import { JobEnqueuer } from '@imis/jobs';
import { base64DecodedLength, decodeBase64 } from '@imis/kernel';
import { type TabularFormat, type TextEncoding, type UploadMode, utf8TabularFile } from '@imis/tabular-files';
import { InjectMedicalEnv } from '../../../config/medical-env.module';
import type { MedicalEnv } from '../../../config/medical.config';
import type { UploadStrategy } from '../domain/diagnosis-upload-options';
import { diagnosisErrors } from '../domain/diagnosis.errors';
import { DiagnosisUpload } from '../infrastructure/diagnosis-upload.entity';
import { diagnosisUploadQueue } from './diagnosis-upload.queue';

export interface UploadDiagnosesData {
  /** The file, base64-encoded. */
  file: string;
  fileName: string;
  format: TabularFormat;
  /** CSV only; UTF_8 when not given. */
  encoding?: TextEncoding | null;
  mode: UploadMode;
  strategy: UploadStrategy;
}

/**
 * Queues an upload: the file (as UTF-8) is stored with the upload, so any worker can run it, and its job
 * (same id) is written in the same transaction; the job reaches Redis once that has committed.
 */
@Injectable()
export class UploadDiagnoses implements UseCase<UploadDiagnosesData, { uploadId: string }, CommandMeta> {
  readonly operation = 'uploadDiagnoses';

  constructor(
    @InjectMedicalEnv() private readonly env: MedicalEnv,
    @Optional() private readonly jobs?: JobEnqueuer,
  ) {}

  /** Whether uploads can be started here (the job queues are configured: JobsModule). */
  get available(): boolean {
    return this.jobs !== undefined;
  }

  async execute(tx: EntityManager, data: UploadDiagnosesData, { actor }: CommandMeta): Promise<{ uploadId: string }> {
    const jobs = this.jobs;
    if (!jobs) throw new Error('The job queues are not configured in this process (JobsModule)');
    const [content] = orRefuse(utf8TabularFile(data.format, data.encoding ?? 'UTF_8', this.decode(data.file)));
    const upload = tx.create(DiagnosisUpload, {
      fileName: data.fileName.trim(),
      format: data.format,
      mode: data.mode,
      strategy: data.strategy,
      content,
      requestedBy: actor,
    });
    tx.persist(upload);
    jobs.add(tx, diagnosisUploadQueue, { uploadId: upload.id }, { id: upload.id });
    return { uploadId: upload.id };
  }

  private decode(base64: string): Buffer {
    const max = this.env.DIAGNOSIS_UPLOAD_MAX_BYTES;
    if (base64DecodedLength(base64) > max) refuse(diagnosisErrors.fileTooLarge(max));
    const content = decodeBase64(base64);
    if (content === null || content.length === 0) refuse(diagnosisErrors.fileEmpty());
    return content;
  }
}
