/** CSV (comma, semicolon or tab; text in a declared encoding) or XLSX (its first worksheet). */
export const TABULAR_FORMATS = ['CSV', 'XLSX'] as const;
export type TabularFormat = (typeof TABULAR_FORMATS)[number];

/** How a CSV file encodes its text; XLSX files are UTF-8 by their format. */
export const TEXT_ENCODINGS = ['UTF_8', 'ISO_8859_1', 'WINDOWS_1252'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** ALL_OR_NOTHING: any refused row fails the upload and nothing is written; VALID_ROWS_ONLY: refused rows are skipped. */
export const UPLOAD_MODES = ['ALL_OR_NOTHING', 'VALID_ROWS_ONLY'] as const;
export type UploadMode = (typeof UPLOAD_MODES)[number];

/** A cell as read from a file: text, a real date (XLSX), or nothing. */
export type TabularCell = string | Date | null | undefined;
