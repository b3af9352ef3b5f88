export const IMPORT_FORMATS = ['CSV', 'XLSX'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** DMY: DD/MM/YYYY, MDY: MM/DD/YYYY (separators / - . accepted), ISO: YYYY-MM-DD. */
export const IMPORT_DATE_FORMATS = ['DMY', 'MDY', 'ISO'] as const;
export type ImportDateFormat = (typeof IMPORT_DATE_FORMATS)[number];

/** ALL_OR_NOTHING: any bad row refuses the whole file; VALID_ROWS_ONLY: bad rows (and families with a bad head) are skipped. */
export const IMPORT_MODES = ['ALL_OR_NOTHING', 'VALID_ROWS_ONLY'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** How a CSV file encodes its text; XLSX files are UTF-8 by their format. */
export const IMPORT_ENCODINGS = ['UTF_8', 'ISO_8859_1', 'WINDOWS_1252'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];
