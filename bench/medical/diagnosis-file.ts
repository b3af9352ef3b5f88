import { csvLine } from '@imis/tabular-files';
import { seededRandom } from './catalogue-fixture';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CONDITIONS = [
  'Acute infection', 'Chronic inflammation', 'Malignant neoplasm', 'Benign neoplasm', 'Fracture', 'Open wound',
  'Superficial injury', 'Dislocation', 'Burn', 'Abscess', 'Ulcer', 'Haemorrhage', 'Obstruction', 'Congenital malformation',
  'Degeneration', 'Stenosis', 'Cyst', 'Hypertrophy', 'Insufficiency', 'Disorder',
];
const SITES = [
  'upper lobe of lung', 'lower lobe of lung', 'stomach', 'duodenum', 'colon', 'rectum', 'liver', 'gallbladder', 'pancreas',
  'kidney', 'urinary bladder', 'prostate', 'uterus', 'ovary', 'breast', 'thyroid gland', 'skin of face', 'skin of trunk',
  'forearm', 'wrist and hand', 'femur', 'lower leg', 'ankle and foot', 'cervical spine', 'lumbar spine', 'eye and adnexa',
  'middle ear', 'larynx', 'oesophagus', 'heart valve', 'coronary artery', 'cerebral artery', 'peripheral nerve', 'knee joint',
];
const QUALIFIERS = [
  'unspecified', 'with complication', 'without complication', 'left side', 'right side', 'bilateral', 'recurrent',
  'initial encounter', 'subsequent encounter', 'in pregnancy', 'of newborn', 'due to external cause', 'not elsewhere classified',
];

/**
 * An ICD-10-like list of `rows` diagnoses as a CSV (`code,name`, CRLF): codes of one letter and three digits
 * (A000…Z999, spread evenly over each letter), names like "Fracture of femur, left side" (some quoted for
 * their comma), always the same for the same size.
 */
export function diagnosisCsv(rows: number): string {
  const perLetter = Math.ceil(rows / LETTERS.length);
  if (perLetter > 1000) throw new Error(`At most ${LETTERS.length * 1000} codes of the form A000`);
  const random = seededRandom(10);
  const pick = (words: readonly string[]) => words[Math.floor(random() * words.length)];
  const lines = [csvLine(['code', 'name'])];
  for (let index = 0; index < rows; index++) {
    const letter = LETTERS[Math.floor(index / perLetter)];
    const number = Math.floor(((index % perLetter) * 1000) / perLetter);
    lines.push(csvLine([`${letter}${String(number).padStart(3, '0')}`, `${pick(CONDITIONS)} of ${pick(SITES)}, ${pick(QUALIFIERS)}`]));
  }
  return `${lines.join('\r\n')}\r\n`;
}
