/** One refusal in a report: row 1 is the first data row (0: the file as a whole). */
export interface RowError {
  readonly row: number;
  readonly column: string | null;
  readonly code: string;
  readonly message: string;
}

export const ERROR_REPORT_HEADER = 'row,column,code,message';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field: quoted when it holds a comma, a quote or a line break, quotes doubled. Text that a
 * spreadsheet would run as a formula (messages quote the file's own cells) gets a leading apostrophe.
 */
export function csvField(value: string | number | null): string {
  const raw = value === null ? '' : String(value);
  const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (no line end) of fields, each written by csvField. */
export function csvLine(fields: readonly (string | number | null)[]): string {
  return fields.map(csvField).join(',');
}

/** The downloadable error report: header then one line per error, CRLF line ends (RFC 4180). */
export function errorReportCsv(errors: readonly RowError[]): string {
  const lines = [ERROR_REPORT_HEADER];
  for (const error of errors) lines.push(`${error.row},${csvField(error.column)},${csvField(error.code)},${csvField(error.message)}`);
  return `${lines.join('\r\n')}\r\n`;
}
