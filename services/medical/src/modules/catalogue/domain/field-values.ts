import { centsToMoney, isMoney, normalizeMoney, unstorableText } from '@imis/kernel';

// The largest numeric(18,2) value whose cents stay a safe integer (as money, @imis/kernel).
const MAX_CENTS = 999_999_999_999_999;
const CONTROL_CHARACTER = /\p{Cc}/u;

/** A text trimmed, or null when blank, longer than `max` or holding control characters (NUL, tabs, line breaks). */
export function boundedText(value: string | null, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text === '' || text.length > max || CONTROL_CHARACTER.test(text) || unstorableText(text) !== null) return null;
  return text;
}

/** The canonical money string of an amount ≥ 0, or null when it is not one. */
export function nonNegativeMoney(value: string): string | null {
  return isMoney(value) && !value.startsWith('-') ? normalizeMoney(value) : null;
}

/**
 * A quantity ≥ 0 with at most two fraction digits (numeric(18,2)) as its canonical decimal string, or null
 * when it is not one. Numbers come from GraphQL Floats, strings from the database.
 */
export function decimalQuantity(value: number | string): string | null {
  if (typeof value === 'string') return nonNegativeMoney(value);
  if (!Number.isFinite(value) || value < 0) return null;
  const cents = Math.round(value * 100);
  if (Math.abs(value * 100 - cents) > 1e-6 || cents > MAX_CENTS) return null;
  return centsToMoney(cents);
}

export function isIntegerBetween(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}
