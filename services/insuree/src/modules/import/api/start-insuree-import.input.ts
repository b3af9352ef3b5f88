import { Field, InputType } from '@nestjs/graphql';
import { MutationInput } from '@imis/graphql';
import { ImportDateFormatEnum, ImportFormatEnum, ImportModeEnum } from './import.enums';

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

  @Field({ description: 'The file, base64-encoded' })
  contentBase64!: string;

  @Field(() => ImportDateFormatEnum)
  dateFormat!: ImportDateFormatEnum;

  @Field(() => ImportModeEnum)
  mode!: ImportModeEnum;

  @Field(() => [ImportColumnInput], { nullable: true, description: 'Columns whose header is not our field name' })
  columnMapping?: ImportColumnInput[] | null;
}
