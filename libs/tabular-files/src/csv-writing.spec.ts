import { csvField, csvLine, errorReportCsv } from './csv-writing';

describe('error report CSV', () => {
  it('quotes only fields that need it, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('keeps a spreadsheet from running a cell of the file as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-2)).toBe('-2');
  });

  it('joins the fields of a line, each written as a field', () => {
    expect(csvLine(['A00', '=cmd|" /C calc"!A0', null, 3])).toBe('A00,"\'=cmd|"" /C calc""!A0",,3');
  });

  it('writes the header then one CRLF line per error', () => {
    expect(
      errorReportCsv([
        { row: 0, column: null, code: 'IMPORT_COLUMN_MISSING', message: 'The required column "isHead" (field isHead) is missing' },
        { row: 3, column: 'birthDate', code: 'IMPORT_DATE_FORMAT', message: '"2020-03-05" is not a date written DD/MM/YYYY' },
      ]),
    ).toBe(
      'row,column,code,message\r\n' +
        '0,,IMPORT_COLUMN_MISSING,"The required column ""isHead"" (field isHead) is missing"\r\n' +
        '3,birthDate,IMPORT_DATE_FORMAT,"""2020-03-05"" is not a date written DD/MM/YYYY"\r\n',
    );
  });
});
