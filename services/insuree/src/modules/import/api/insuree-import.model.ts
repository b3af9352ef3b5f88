import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ImportDateFormatEnum, ImportFormatEnum, ImportModeEnum, ImportPhaseEnum, ImportStatusEnum } from './import.enums';

@ObjectType('InsureeImport', { description: 'A bulk import of families and insurees from a file, run in the background.' })
export class InsureeImportModel {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field(() => ImportFormatEnum)
  format!: ImportFormatEnum;

  @Field(() => ImportModeEnum)
  mode!: ImportModeEnum;

  @Field(() => ImportDateFormatEnum)
  dateFormat!: ImportDateFormatEnum;

  @Field(() => ImportStatusEnum)
  status!: ImportStatusEnum;

  @Field(() => ImportPhaseEnum, { nullable: true, description: 'While RUNNING: VALIDATING (rowsDone = rows checked) then WRITING; null otherwise' })
  phase!: ImportPhaseEnum | null;

  @Field(() => Int, { nullable: true, description: 'Data rows of the file; null until the file has been read' })
  totalRows!: number | null;

  @Field(() => Int, { description: 'Rows checked so far (all of them once finished)' })
  rowsDone!: number;

  @Field(() => Float, { description: 'rowsDone / totalRows × 100 (0 until the file has been read, 100 once finished)' })
  percent!: number;

  @Field(() => Int, { description: 'Errors found so far (a row may have several)' })
  errorsCount!: number;

  @Field(() => Int)
  familiesCreated!: number;

  @Field(() => Int)
  insureesCreated!: number;

  @Field(() => String, { nullable: true, description: 'Why a FAILED import wrote nothing' })
  failureMessage!: string | null;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}
