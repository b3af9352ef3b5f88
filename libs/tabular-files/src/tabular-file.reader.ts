import { type CellValue, Workbook } from 'exceljs';
import { CsvSyntaxError, parseCsvRecords } from './csv-records';
import type { TabularCell, TabularFormat } from './tabular-formats';
import { checkWorkbookInflation, WorkbookTooLargeUncompressed } from './workbook-inflation.check';

/** A file's header and data rows; `rowNumbers[i]` is the report's row of `rows[i]` (blank rows are skipped but counted). */
export interface TabularSheet {
  readonly header: string[];
  readonly rows: TabularCell[][];
  readonly rowNumbers: number[];
}

/** A file that cannot be read at all (not CSV/XLSX, broken quoting): a bulk upload fails on row 0 with this reason. */
export class TabularFileUnreadable extends Error {}

/** Largest workbook accepted once inflated, unless the caller says otherwise. */
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 100 * 1_048_576;

export interface TabularFileLimits {
  /** An XLSX whose zip entries inflate to more is refused (WorkbookTooLargeUncompressed) before it is read. */
  readonly maxUncompressedBytes: number;
}

/** Reads an uploaded file: CSV (UTF-8, , ; or tab) or the first worksheet of an XLSX workbook. */
export async function readTabularFile(
  format: TabularFormat,
  content: Buffer,
  limits: TabularFileLimits = { maxUncompressedBytes: DEFAULT_MAX_UNCOMPRESSED_BYTES },
): Promise<TabularSheet> {
  return format === 'CSV' ? readCsv(content) : readXlsx(content, limits.maxUncompressedBytes);
}

function readCsv(content: Buffer): TabularSheet {
  let records: string[][];
  try {
    records = parseCsvRecords(content.toString('utf8'));
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new TabularFileUnreadable(error.message);
    throw error;
  }
  const [header = [], ...data] = records;
  const rows: TabularCell[][] = [];
  const rowNumbers: number[] = [];
  data.forEach((cells, index) => {
    if (isBlank(cells)) return;
    rows.push(cells);
    rowNumbers.push(index + 1);
  });
  return { header, rows, rowNumbers };
}

async function readXlsx(content: Buffer, maxUncompressedBytes: number): Promise<TabularSheet> {
  const workbook = new Workbook();
  try {
    await checkWorkbookInflation(content, maxUncompressedBytes);
    await workbook.xlsx.load(content);
  } catch (error) {
    if (error instanceof WorkbookTooLargeUncompressed) throw error;
    throw new TabularFileUnreadable(`not an XLSX workbook (${(error as Error).message})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TabularFileUnreadable('the workbook has no worksheet');
  let header: string[] | null = null;
  let headerRow = 0;
  const rows: TabularCell[][] = [];
  const rowNumbers: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    // row.values is 1-based: index 0 is always empty.
    const cells = (row.values as CellValue[]).slice(1).map(cellOf);
    if (header === null) {
      header = cells.map((cell) => (cell instanceof Date ? cell.toISOString() : (cell ?? '')));
      headerRow = number;
      return;
    }
    if (isBlank(cells)) return;
    rows.push(cells);
    rowNumbers.push(number - headerRow);
  });
  return { header: header ?? [], rows, rowNumbers };
}

function cellOf(value: CellValue): TabularCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellOf((value.result ?? null) as CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

function isBlank(cells: readonly TabularCell[]): boolean {
  return cells.every((cell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''));
}
