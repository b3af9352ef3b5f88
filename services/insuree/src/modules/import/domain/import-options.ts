import { TABULAR_FORMATS, type TabularFormat, TEXT_ENCODINGS, type TextEncoding, UPLOAD_MODES, type UploadMode } from '@imis/tabular-files';

export const IMPORT_FORMATS = TABULAR_FORMATS;
export type ImportFormat = TabularFormat;

/** DMY: DD/MM/YYYY, MDY: MM/DD/YYYY (separators / - . accepted), ISO: YYYY-MM-DD. */
export const IMPORT_DATE_FORMATS = ['DMY', 'MDY', 'ISO'] as const;
export type ImportDateFormat = (typeof IMPORT_DATE_FORMATS)[number];

/** ALL_OR_NOTHING: any bad row refuses the whole file; VALID_ROWS_ONLY: bad rows (and families with a bad head) are skipped. */
export const IMPORT_MODES = UPLOAD_MODES;
export type ImportMode = UploadMode;

/** How a CSV file encodes its text; XLSX files are UTF-8 by their format. */
export const IMPORT_ENCODINGS = TEXT_ENCODINGS;
export type ImportEncoding = TextEncoding;
