import { isMoney, normalizeMoney, unstorableText } from '@imis/kernel';

const CONTROL_CHARACTER = /\p{Cc}/u;

/** A text trimmed, or null when blank, longer than `max` or holding control characters. */
export function boundedText(value: string | null | undefined, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text === '' || text.length > max || CONTROL_CHARACTER.test(text) || unstorableText(text) !== null) return null;
  return text;
}

/** The canonical money string of an amount ≥ 0 ("5" → "5.00"), or null when it is not one. */
export function nonNegativeMoney(value: string | null | undefined): string | null {
  return typeof value === 'string' && isMoney(value) && !value.startsWith('-') ? normalizeMoney(value) : null;
}

export function isIntegerBetween(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** A number ≥ 0 (≤ max) with at most two decimals, as hundredths; null when it is not one. */
export function hundredths(value: unknown, max = 1e13): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) return null;
  const scaled = Math.round(value * 100);
  return Math.abs(value * 100 - scaled) > 1e-6 ? null : scaled;
}
