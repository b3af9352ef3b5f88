import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MutationPayload } from '@imis/graphql';
import { RowErrorConnection, uploadJobFields } from '@imis/upload-jobs';
import type { DiagnosisUpload } from '../infrastructure/diagnosis-upload.entity';
import { DiagnosisFileFormatEnum, DiagnosisUploadModeEnum, DiagnosisUploadStatusEnum, DiagnosisUploadStrategyEnum } from './diagnosis-upload.enums';

@ObjectType('DiagnosisUpload', { description: 'An upload of diagnoses from a file, run in the background.' })
export class DiagnosisUploadModel {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field(() => DiagnosisFileFormatEnum)
  format!: DiagnosisFileFormatEnum;

  @Field(() => DiagnosisUploadModeEnum)
  mode!: DiagnosisUploadModeEnum;

  @Field(() => DiagnosisUploadStrategyEnum)
  strategy!: DiagnosisUploadStrategyEnum;

  @Field(() => DiagnosisUploadStatusEnum)
  status!: DiagnosisUploadStatusEnum;

  @Field(() => Int, { nullable: true, description: 'Data rows of the file; null until it has been read' })
  totalRows!: number | null;

  @Field(() => Int, { description: 'Errors in the report (a row may have several)' })
  errorsCount!: number;

  @Field(() => Int, { description: 'Rows with at least one error' })
  refusedRows!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  deleted!: number;

  @Field(() => Int, { description: 'Valid rows that changed nothing (same name, or a current code under INSERT_ONLY)' })
  unchanged!: number;

  @Field(() => String, { nullable: true, description: 'Why a FAILED upload wrote nothing' })
  failureMessage!: string | null;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

export function toDiagnosisUploadModel(upload: DiagnosisUpload): DiagnosisUploadModel {
  return {
    ...uploadJobFields(upload),
    format: upload.format as DiagnosisFileFormatEnum,
    mode: upload.mode as DiagnosisUploadModeEnum,
    strategy: upload.strategy as DiagnosisUploadStrategyEnum,
    refusedRows: upload.refusedRows,
    created: upload.created,
    updated: upload.updated,
    deleted: upload.deleted,
    unchanged: upload.unchanged,
  };
}

@ObjectType('DiagnosisUploadErrorConnection', { description: "An upload's refusals in row order" })
export class DiagnosisUploadErrorConnection extends RowErrorConnection('DiagnosisUploadError', {
  job: 'upload',
  column: 'code or name',
  codeExamples: 'DIAGNOSIS_CODE_TOO_LONG, DIAGNOSIS_FILE_COLUMNS',
}) {}

@ObjectType('DiagnosisUploadPayload', { description: 'Result of uploadDiagnoses: the queued upload, or why the file was refused.' })
export class DiagnosisUploadPayload extends MutationPayload(DiagnosisUploadModel, 'diagnosisUpload', { description: 'The queued upload; null when refused' }) {}
