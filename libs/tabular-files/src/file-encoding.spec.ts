import { utf8TabularFile } from './file-encoding';

const CSV = 'familyKey,lastName\r\nF1,Müller\r\nF2,Œuvray €\r\n';
const text = (result: ReturnType<typeof utf8TabularFile>) => (result.ok ? result.value.toString('utf8') : result.errors.map((error) => `${error.code}:${error.field}`));

describe('the encoding of a tabular file', () => {
  it('takes valid UTF-8 as it is (a byte-order mark included)', () => {
    const file = Buffer.from(`\ufeff${CSV}`, 'utf8');
    const result = utf8TabularFile('CSV', 'UTF_8', file);
    expect(result.ok && result.value).toBe(file);
  });

  it('refuses bytes that are not UTF-8 when UTF-8 is declared, with the line of the first one', () => {
    const result = utf8TabularFile('CSV', 'UTF_8', Buffer.from('familyKey,lastName\nF1,Okafor\nF2,Müller\n', 'latin1'));
    expect(text(result)).toEqual(['FILE_ENCODING_INVALID:encoding']);
    expect(!result.ok && result.errors[0].message).toContain('line 3');
  });

  it('converts Latin-1 exactly, every byte being a character', () => {
    const bytes = Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x2c, 0x8c, 0xff]);
    expect(text(utf8TabularFile('CSV', 'ISO_8859_1', bytes))).toBe('Müller,\u008cÿ');
  });

  it('converts Windows-1252 with its own characters in 0x80–0x9F, and refuses the five bytes it leaves undefined', () => {
    const bytes = Buffer.from([0x8c, 0x75, 0x76, 0x72, 0x61, 0x79, 0x20, 0x80, 0x20, 0xe9, 0x0a]);
    expect(text(utf8TabularFile('CSV', 'WINDOWS_1252', bytes))).toBe('Œuvray € é\n');
    expect(text(utf8TabularFile('CSV', 'WINDOWS_1252', Buffer.from([0x41, 0x0a, 0x81])))).toEqual(['FILE_ENCODING_INVALID:encoding']);
  });

  it('leaves XLSX alone: its text is UTF-8 by the format', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe]);
    const result = utf8TabularFile('XLSX', 'ISO_8859_1', zip);
    expect(result.ok && result.value).toBe(zip);
  });
});
