import { decode as decodeLegacy } from 'iconv-lite';
import { ok, refused, type Result } from '@imis/kernel';
import { tabularFileErrors } from './tabular-file.errors';
import type { TabularFormat, TextEncoding } from './tabular-formats';

const REPLACEMENT_CHARACTER = '\ufffd';

/**
 * A file's content as UTF-8, the one encoding the readers read: a CSV declared (or by default) UTF-8 must be
 * valid UTF-8, a Latin-1 or Windows-1252 CSV is converted; a byte the declared encoding does not define is
 * refused (FILE_ENCODING_INVALID) rather than turned into U+FFFD. XLSX is UTF-8 by its format: left as is.
 */
export function utf8TabularFile(format: TabularFormat, encoding: TextEncoding, content: Buffer): Result<Buffer> {
  if (format !== 'CSV') return ok(content);
  if (encoding === 'UTF_8') {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(content);
      return ok(content);
    } catch {
      return refused(tabularFileErrors.fileEncodingInvalid('UTF-8', lineOfFirstReplacement(new TextDecoder('utf-8').decode(content))));
    }
  }
  // Node 20's TextDecoder reads windows-1252 as Latin-1 (0x8C gives U+008C, not Œ): iconv-lite's tables are right.
  const text = encoding === 'ISO_8859_1' ? content.toString('latin1') : decodeLegacy(content, 'windows-1252');
  // Windows-1252 leaves five bytes undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D); iconv-lite makes them U+FFFD.
  if (text.includes(REPLACEMENT_CHARACTER)) return refused(tabularFileErrors.fileEncodingInvalid('Windows-1252', lineOfFirstReplacement(text)));
  return ok(Buffer.from(text, 'utf8'));
}

function lineOfFirstReplacement(text: string): number {
  const end = text.indexOf(REPLACEMENT_CHARACTER);
  let line = 1;
  for (let position = text.indexOf('\n'); position >= 0 && position < end; position = text.indexOf('\n', position + 1)) line++;
  return line;
}
