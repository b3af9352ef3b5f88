import { ObjectType } from '@nestjs/graphql';
import { RowErrorConnection } from '@imis/upload-jobs';

@ObjectType('InsureeImportErrorConnection', { description: "An import's refusals in row order" })
export class InsureeImportErrorConnection extends RowErrorConnection('InsureeImportError', {
  job: 'import',
  column: "The file's column header",
  codeExamples: 'IMPORT_DATE_FORMAT, INSURANCE_NUMBER_CHECK_DIGIT',
}) {}
