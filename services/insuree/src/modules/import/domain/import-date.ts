import { isCalendarDate } from '@imis/kernel';
import type { ImportDateFormat } from './import-options';

export type ImportDate = { ok: true; date: string } | { ok: false; code: 'IMPORT_DATE_FORMAT' | 'IMPORT_DATE_INVALID' };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

export const DATE_FORMAT_LABELS: Record<ImportDateFormat, string> = { DMY: 'DD/MM/YYYY', MDY: 'MM/DD/YYYY', ISO: 'YYYY-MM-DD' };

/**
 * A date cell written in the import's format, as YYYY-MM-DD. A value in another shape (an ISO date in a
 * DMY file, a 13th month that only the other order would read) is a format error: that is how a file
 * mixing formats shows up, row by row; a well-shaped but impossible date (31/02/2020) is invalid.
 */
export function parseImportDate(value: string, format: ImportDateFormat): ImportDate {
  const text = value.trim();
  let parts: [number, number, number] | null = null;
  if (format === 'ISO') {
    const match = ISO.exec(text);
    if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    const match = DAY_MONTH.exec(text);
    if (match) {
      const [first, second, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
      parts = format === 'DMY' ? [year, second, first] : [year, first, second];
    }
  }
  if (parts === null) return { ok: false, code: 'IMPORT_DATE_FORMAT' };
  const [year, month, day] = parts;
  // A month above 12 means the writer used the other order (or another format altogether).
  if (month > 12 && day <= 12 && format !== 'ISO') return { ok: false, code: 'IMPORT_DATE_FORMAT' };
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(iso) ? { ok: true, date: iso } : { ok: false, code: 'IMPORT_DATE_INVALID' };
}

/** A spreadsheet cell holding a real date (read as UTC midnight, as exceljs does), as YYYY-MM-DD. */
export function dateOfCell(date: Date): ImportDate {
  if (Number.isNaN(date.getTime())) return { ok: false, code: 'IMPORT_DATE_INVALID' };
  return { ok: true, date: date.toISOString().slice(0, 10) };
}
