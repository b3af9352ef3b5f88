import { Field, InputType } from '@nestjs/graphql';
import { BODY_LIMITED, MutationInput, TextCap } from '@imis/graphql';
import { ImportDateFormatEnum, ImportEncodingEnum, ImportFormatEnum, ImportModeEnum } from './import.enums';

@InputType('ImportColumnInput', { description: 'Reads a field from a column with another header' })
export class ImportColumnInput {
  @Field({ description: 'Our field: familyKey, isHead, insuranceNumber, lastName, otherNames, gender, birthDate, villageCode, …' })
  field!: string;

  @Field({ description: "The file's column header" })
  column!: string;
}

@InputType('StartInsureeImportInput')
export class StartInsureeImportInput extends MutationInput {
  @Field()
  fileName!: string;

  @Field(() => ImportFormatEnum)
  format!: ImportFormatEnum;

  @TextCap(BODY_LIMITED)
  @Field({ description: 'The file, base64-encoded' })
  contentBase64!: string;

  @Field(() => ImportEncodingEnum, { nullable: true, description: 'How a CSV file encodes its text (UTF_8 when not given); XLSX files are always UTF-8' })
  encoding?: ImportEncodingEnum | null;

  @Field(() => ImportDateFormatEnum)
  dateFormat!: ImportDateFormatEnum;

  @Field(() => ImportModeEnum)
  mode!: ImportModeEnum;

  @Field(() => [ImportColumnInput], { nullable: true, description: 'Columns whose header is not our field name' })
  columnMapping?: ImportColumnInput[] | null;
}
