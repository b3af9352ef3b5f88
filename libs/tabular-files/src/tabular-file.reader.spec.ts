import { Workbook } from 'exceljs';
import { TabularFileUnreadable, readTabularFile } from './tabular-file.reader';
import { WorkbookTooLargeUncompressed } from './workbook-inflation.check';

async function xlsx(build: (workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readTabularFile (XLSX)', () => {
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
    const sheet = await readTabularFile('XLSX', file);
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
    const sheet = await readTabularFile('XLSX', file);
    expect(sheet.header).toEqual(['familyKey']);
    expect(sheet.rows).toEqual([['F9']]);
  });

  it('refuses bytes that are not a workbook, and a workbook without a worksheet', async () => {
    await expect(readTabularFile('XLSX', Buffer.from('familyKey,lastName\nF1,Shrestha\n'))).rejects.toThrow(TabularFileUnreadable);
    await expect(readTabularFile('XLSX', await xlsx(() => undefined))).rejects.toThrow(TabularFileUnreadable);
  });
});

describe('readTabularFile (XLSX inflation cap)', () => {
  const MiB = 1_048_576;
  /** A small file that inflates a lot: 20,000 rows of the same ten cells (about 6 MB of sheet XML). */
  const bomb = () =>
    xlsx((workbook) => {
      const sheet = workbook.addWorksheet('Insurees');
      sheet.addRow(['familyKey', 'lastName', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
      for (let row = 0; row < 20_000; row += 1) sheet.addRow(Array.from({ length: 10 }, () => 'x'.repeat(40)));
    });
  /** The same zip with every deflated entry declaring 1 byte in its headers: only inflating tells how large it is. */
  const lying = (zip: Buffer): Buffer => {
    const patched = Buffer.from(zip);
    for (let offset = 0; offset + 46 <= patched.length; offset += 1) {
      const signature = patched.readUInt32LE(offset);
      const deflated = (methodOffset: number) => patched.readUInt16LE(offset + methodOffset) === 8;
      if (signature === 0x02014b50 && deflated(10)) patched.writeUInt32LE(1, offset + 24);
      if (signature === 0x04034b50 && deflated(8)) patched.writeUInt32LE(1, offset + 22);
    }
    return patched;
  };

  it('refuses a workbook whose entries declare more than the cap, without reading it', async () => {
    const file = await bomb();
    expect(file.length).toBeLessThan(MiB);
    const before = process.memoryUsage().rss;
    await expect(readTabularFile('XLSX', file, { maxUncompressedBytes: MiB })).rejects.toEqual(new WorkbookTooLargeUncompressed(MiB));
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * MiB);
  });

  it('refuses a workbook whose entries inflate beyond what they declare', async () => {
    await expect(readTabularFile('XLSX', lying(await bomb()), { maxUncompressedBytes: MiB })).rejects.toBeInstanceOf(WorkbookTooLargeUncompressed);
  });

  it('reads the same workbook under a cap it fits in', async () => {
    const sheet = await readTabularFile('XLSX', await bomb(), { maxUncompressedBytes: 64 * MiB });
    expect(sheet.rows).toHaveLength(20_000);
  });
});
