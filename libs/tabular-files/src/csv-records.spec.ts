import { CsvSyntaxError, detectDelimiter, parseCsvRecords } from './csv-records';

describe('CSV records', () => {
  it('splits plain lines, LF or CRLF, dropping a BOM', () => {
    expect(parseCsvRecords('\ufeffa,b,c\r\n1,,3\n4,5,6\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(parseCsvRecords('a,b\r\n"x, y","say ""hi"""\r\n"two\r\nlines",z\r\nlast,"q"')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\r\nlines', 'z'],
      ['last', 'q'],
    ]);
    expect(parseCsvRecords('a,"",c\n')).toEqual([['a', '', 'c']]);
  });

  it('keeps blank lines as one empty field (the reader skips them but counts them)', () => {
    expect(parseCsvRecords('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });

  it('detects semicolon and tab files from the header', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('a,b\n')).toBe(',');
    expect(parseCsvRecords('a;"b;c"\n1;2')).toEqual([
      ['a', 'b;c'],
      ['1', '2'],
    ]);
  });

  it('refuses an unterminated quote or text after a closing quote', () => {
    expect(() => parseCsvRecords('a,b\n"open,1\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsvRecords('a,b\n"x"y,1\n')).toThrow('record 2: text follows a closing quote');
  });
});
