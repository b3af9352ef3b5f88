import { Entity, Index, Property } from '@mikro-orm/core';
import { RowErrorTable, UploadRowError } from '@imis/upload-jobs';

/** One refusal of an import (row 1 = the first data row): its report is read and written through IMPORT_ERRORS. */
@Entity({ tableName: 'insuree_import_error' })
@Index({ properties: ['importId', 'row'] })
export class InsureeImportError extends UploadRowError {
  @Property({ type: 'uuid' })
  importId!: string;
}

export const IMPORT_ERRORS = new RowErrorTable('insuree_import_error', 'import_id');
