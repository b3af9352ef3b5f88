import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One refusal of an upload: the file's row (1 = the first data row, 0 = the file), column, code and message. */
@Entity({ tableName: 'diagnosis_upload_error' })
@Index({ properties: ['uploadId', 'row'] })
export class DiagnosisUploadError {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  uploadId!: string;

  @Property({ type: 'integer' })
  row!: number;

  @Property({ type: 'text', nullable: true })
  column: string | null = null;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  message!: string;
}
