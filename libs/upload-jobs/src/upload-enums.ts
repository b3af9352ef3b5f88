import { graphqlEnumOf, type GraphQLEnumOf } from '@imis/graphql';
import { TABULAR_FORMATS, type TabularFormat, TEXT_ENCODINGS, type TextEncoding, UPLOAD_MODES, type UploadMode } from '@imis/tabular-files';
import { UPLOAD_STATUSES, type UploadStatus } from './upload-statuses';

/** The GraphQL names a subgraph gives the options every upload has (each subgraph owns its names). */
export interface UploadEnumNames {
  format: string;
  encoding: string;
  mode: string;
  status: string;
}

export interface UploadEnums {
  format: GraphQLEnumOf<TabularFormat, { [C in TabularFormat]: C }>;
  encoding: GraphQLEnumOf<TextEncoding, { [C in TextEncoding]: C }>;
  mode: GraphQLEnumOf<UploadMode, { [C in UploadMode]: C }>;
  status: GraphQLEnumOf<UploadStatus, { [C in UploadStatus]: C }>;
}

/**
 * Registers the format, encoding, mode and status enums of one upload under the service's names, all from
 * the shared code lists: two subgraphs that ever used the same name would declare the same values.
 * `modeNote` ends the mode's description with what the service's VALID_ROWS_ONLY skips beyond the row.
 */
export function uploadEnums(names: UploadEnumNames, { job, modeNote }: { job: 'import' | 'upload'; modeNote?: string }): UploadEnums {
  return {
    format: graphqlEnumOf(names.format, TABULAR_FORMATS, {
      description: 'CSV (UTF-8 unless `encoding` says otherwise; comma, semicolon or tab) or XLSX (first worksheet)',
    }),
    encoding: graphqlEnumOf(names.encoding, TEXT_ENCODINGS, {
      description:
        'The character encoding of a CSV file: UTF_8 (the default; a byte-order mark is allowed), ISO_8859_1 (Latin-1) or WINDOWS_1252. A file that is not valid in the declared encoding is refused (FILE_ENCODING_INVALID)',
    }),
    mode: graphqlEnumOf(names.mode, UPLOAD_MODES, {
      description: `ALL_OR_NOTHING: any refused row fails the ${job} and nothing is written; VALID_ROWS_ONLY: refused rows are skipped${modeNote ? ` ${modeNote}` : ''}`,
    }),
    status: graphqlEnumOf(names.status, UPLOAD_STATUSES),
  };
}
