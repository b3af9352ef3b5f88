import { dateOfCell, parseImportDate } from './import-date';

describe('import dates', () => {
  it('reads DD/MM/YYYY with / - or . as separator', () => {
    for (const text of ['05/03/2020', '5-3-2020', '05.03.2020', ' 05/03/2020 ']) expect(parseImportDate(text, 'DMY')).toEqual({ ok: true, date: '2020-03-05' });
  });

  it('reads MM/DD/YYYY and ISO', () => {
    expect(parseImportDate('03/05/2020', 'MDY')).toEqual({ ok: true, date: '2020-03-05' });
    expect(parseImportDate('12/31/2020', 'MDY')).toEqual({ ok: true, date: '2020-12-31' });
    expect(parseImportDate('2020-03-05', 'ISO')).toEqual({ ok: true, date: '2020-03-05' });
  });

  it('refuses a value written in another format (mixed formats)', () => {
    expect(parseImportDate('2020-03-05', 'DMY')).toEqual({ ok: false, code: 'IMPORT_DATE_FORMAT' });
    expect(parseImportDate('31/12/2020', 'MDY')).toEqual({ ok: false, code: 'IMPORT_DATE_FORMAT' });
    expect(parseImportDate('12/31/2020', 'DMY')).toEqual({ ok: false, code: 'IMPORT_DATE_FORMAT' });
    expect(parseImportDate('05/03/2020', 'ISO')).toEqual({ ok: false, code: 'IMPORT_DATE_FORMAT' });
    expect(parseImportDate('5 March 2020', 'DMY')).toEqual({ ok: false, code: 'IMPORT_DATE_FORMAT' });
    expect(parseImportDate('05/03/20', 'DMY')).toEqual({ ok: false, code: 'IMPORT_DATE_FORMAT' });
    expect(parseImportDate('05/03-2020', 'DMY')).toEqual({ ok: false, code: 'IMPORT_DATE_FORMAT' });
  });

  it('refuses impossible dates as invalid', () => {
    expect(parseImportDate('31/02/2020', 'DMY')).toEqual({ ok: false, code: 'IMPORT_DATE_INVALID' });
    expect(parseImportDate('29/02/2021', 'DMY')).toEqual({ ok: false, code: 'IMPORT_DATE_INVALID' });
    expect(parseImportDate('13/13/2020', 'DMY')).toEqual({ ok: false, code: 'IMPORT_DATE_INVALID' });
    expect(parseImportDate('2020-02-30', 'ISO')).toEqual({ ok: false, code: 'IMPORT_DATE_INVALID' });
    expect(parseImportDate('29/02/2020', 'DMY')).toEqual({ ok: true, date: '2020-02-29' });
  });

  it('takes spreadsheet date cells as dates', () => {
    expect(dateOfCell(new Date(Date.UTC(1988, 3, 17)))).toEqual({ ok: true, date: '1988-04-17' });
    expect(dateOfCell(new Date(Number.NaN))).toEqual({ ok: false, code: 'IMPORT_DATE_INVALID' });
  });
});
