import { Workbook } from 'exceljs';
import { ImportFileUnreadable, readImportFile } from './import-file.reader';

async function xlsx(build: (workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readImportFile (XLSX)', () => {
  it('reads the header and the rows of the first worksheet, skipping blank rows but counting them', async () => {
    const file = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('Insurees');
      sheet.addRow(['familyKey', 'lastName', 'birthDate', 'phone']);
      sheet.addRow(['F1', 'Shrestha', new Date(Date.UTC(1975, 11, 31)), 255712345678]);
      sheet.addRow([]);
      sheet.addRow(['', '  ', null, null]);
      sheet.getCell('A5').value = 'F1';
      sheet.getCell('B5').value = { richText: [{ text: 'Ngo' }, { text: 'ué', font: { bold: true } }] };
      sheet.getCell('C5').value = '31/12/2015';
      sheet.getCell('D5').value = { formula: 'CONCATENATE("+", "255")', result: '+255' };
      workbook.addWorksheet('Notes').addRow(['not', 'read']);
    });
    const sheet = await readImportFile('XLSX', file);
    expect(sheet.header).toEqual(['familyKey', 'lastName', 'birthDate', 'phone']);
    expect(sheet.rows).toEqual([
      ['F1', 'Shrestha', new Date(Date.UTC(1975, 11, 31)), '255712345678'],
      ['F1', 'Ngoué', '31/12/2015', '+255'],
    ]);
    expect(sheet.rowNumbers).toEqual([1, 4]);
  });

  it('reads the first worksheet in tab order, not in file order', async () => {
    const file = await xlsx((workbook) => {
      const notes = workbook.addWorksheet('Notes');
      notes.addRow(['read me first']);
      const data = workbook.addWorksheet('Data');
      data.addRow(['familyKey']);
      data.addRow(['F9']);
      // exceljs keeps the tab order in orderNo (not in its typings): Data becomes the first tab, in the second part.
      Object.assign(notes, { orderNo: 2 });
      Object.assign(data, { orderNo: 1 });
    });
    const sheet = await readImportFile('XLSX', file);
    expect(sheet.header).toEqual(['familyKey']);
    expect(sheet.rows).toEqual([['F9']]);
  });

  it('refuses bytes that are not a workbook, and a workbook without a worksheet', async () => {
    await expect(readImportFile('XLSX', Buffer.from('familyKey,lastName\nF1,Shrestha\n'))).rejects.toThrow(ImportFileUnreadable);
    await expect(readImportFile('XLSX', await xlsx(() => undefined))).rejects.toThrow(ImportFileUnreadable);
  });
});
