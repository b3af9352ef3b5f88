/**
 * Amounts of money are exact decimals with at most two fraction digits (openIMIS numeric(18,2)). They
 * travel as strings ("1250.50") in GraphQL, events and JSON, are stored as numeric(18,2), and are
 * computed in integer cents (up to 13 integer digits) so that no float rounding ever reaches a price, a claim or a premium.
 */
// 13 integer digits: every amount's cents stay a safe JavaScript integer (below 2^53).
const MONEY_PATTERN = /^-?\d{1,13}(\.\d{1,2})?$/;

export function isMoney(value: string): boolean {
  return MONEY_PATTERN.test(value);
}

/** Cents of a money string; throws on anything that is not one (validate with isMoney first). */
export function moneyToCents(value: string): number {
  if (!isMoney(value)) throw new RangeError(`not an amount of money: ${JSON.stringify(value.slice(0, 40))}`);
  const negative = value.startsWith('-');
  const [units, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const cents = Number(units) * 100 + Number(fraction.padEnd(2, '0'));
  return negative ? -cents : cents;
}

/** The canonical money string of an amount of cents: always two fraction digits ("12.50"). */
export function centsToMoney(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The canonical form of a money string ("5" → "5.00", "007.5" → "7.50"). */
export function normalizeMoney(value: string): string {
  return centsToMoney(moneyToCents(value));
}
