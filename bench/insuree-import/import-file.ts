import { Workbook } from 'exceljs';
import type { LocationState } from '@imis/contracts';

/** A number valid under the default rule modulo:7:9 (the 9th digit = the first 8 digits mod 7). */
export function moduloSevenNumber(serial: number): string {
  const body = String(serial).padStart(8, '0');
  return `${body}${Number(body) % 7}`;
}

const HEADER = 'familyKey,isHead,insuranceNumber,lastName,otherNames,gender,birthDate,maritalStatus,relationship,profession,education,phone,healthFacilityCode,villageCode,poverty,familyType,address';
const LAST_NAMES = ['Mwakyusa', 'Shrestha', 'Ngoué', 'Kamau', 'Diallo', 'Banda', 'Tamang', 'Otieno'];
const OTHER_NAMES = ['Neema', 'Juma', 'Sita', 'Élodie', 'Baraka', 'Upendo', 'Ram', 'Aïcha', 'Zawadi', 'Paul'];

/**
 * The bench file: `families` families of `membersPerFamily` insurees (head first), spread over the villages,
 * DD/MM/YYYY dates, every head with the facility code and family columns, members with lookups and a phone.
 */
export function benchCsv(families: number, membersPerFamily: number, villages: readonly LocationState[], facilityCode: string, firstSerial: number): string {
  const lines = [HEADER];
  let serial = firstSerial;
  for (let family = 0; family < families; family++) {
    const village = villages[family % villages.length].code;
    const lastName = LAST_NAMES[family % LAST_NAMES.length];
    for (let member = 0; member < membersPerFamily; member++) {
      const isHead = member === 0;
      const otherNames = OTHER_NAMES[(family + member) % OTHER_NAMES.length];
      const year = isHead ? 1960 + (family % 40) : 1990 + ((family + member) % 30);
      const birthDate = `${String(1 + ((family + member) % 28)).padStart(2, '0')}/${String(1 + (member % 12)).padStart(2, '0')}/${year}`;
      lines.push(
        [
          `F${family}`,
          isHead ? 'Y' : 'N',
          moduloSevenNumber(serial++),
          lastName,
          otherNames,
          member % 2 === 0 ? 'M' : 'F',
          birthDate,
          isHead ? 'M' : 'S',
          isHead ? '' : '4',
          String(1 + (member % 4)),
          String(1 + (member % 7)),
          isHead ? `+255 7${String(family).padStart(8, '0')}` : '',
          isHead ? facilityCode : '',
          isHead ? village : '',
          isHead ? (family % 3 === 0 ? 'Y' : 'N') : '',
          isHead ? 'H' : '',
          isHead ? `"Plot ${family}, ${village}"` : '',
        ].join(','),
      );
    }
  }
  return lines.join('\n');
}

/** The same file as an XLSX workbook (one worksheet, every cell a string as in the CSV, which has no quoted commas). */
export async function benchXlsx(csv: string): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Insurees');
  for (const line of csv.split('\n')) sheet.addRow(line.split(','));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
