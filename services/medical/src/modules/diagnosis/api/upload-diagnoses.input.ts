import { Field, InputType } from '@nestjs/graphql';
import { BODY_LIMITED, MutationInput, TextCap } from '@imis/graphql';
import { DiagnosisFileEncodingEnum, DiagnosisFileFormatEnum, DiagnosisUploadModeEnum, DiagnosisUploadStrategyEnum } from './diagnosis-upload.enums';

@InputType('UploadDiagnosesInput')
export class UploadDiagnosesInput extends MutationInput {
  @TextCap(BODY_LIMITED)
  @Field({ description: 'The file, base64-encoded: a header row naming the columns code and name, then one diagnosis a row' })
  file!: string;

  @Field()
  fileName!: string;

  @Field(() => DiagnosisFileFormatEnum)
  format!: DiagnosisFileFormatEnum;

  @Field(() => DiagnosisFileEncodingEnum, { nullable: true, description: 'How a CSV file encodes its text (UTF_8 when not given); XLSX files are always UTF-8' })
  encoding?: DiagnosisFileEncodingEnum | null;

  @Field(() => DiagnosisUploadModeEnum)
  mode!: DiagnosisUploadModeEnum;

  @Field(() => DiagnosisUploadStrategyEnum)
  strategy!: DiagnosisUploadStrategyEnum;
}
