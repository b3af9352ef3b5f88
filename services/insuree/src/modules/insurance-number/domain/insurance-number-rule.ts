import type { InsuranceNumberValidator } from './insurance-number-validator';
import { lengthValidator } from './length.validator';
import { moduloCheckDigitValidator } from './modulo-check-digit.validator';
import { noCheckValidator } from './no-check.validator';

export type InsuranceNumberRule =
  | { kind: 'none' }
  | { kind: 'length'; length: number }
  | { kind: 'modulo'; modulus: number; length?: number };

/** The legacy and mobile convention of openIMIS: 9 digits, the last = the first 8 modulo 7. */
export const DEFAULT_INSURANCE_NUMBER_RULE = 'modulo:7:9';

export function insuranceNumberValidatorFrom(rule: InsuranceNumberRule): InsuranceNumberValidator {
  switch (rule.kind) {
    case 'none':
      return noCheckValidator();
    case 'length':
      return lengthValidator(rule.length);
    case 'modulo':
      return moduloCheckDigitValidator(rule.modulus, rule.length);
  }
}

const INTEGER = /^\d+$/;

/**
 * Parses a configuration value: `none`, `length:N`, `modulo:M` or `modulo:M:N` (modulus M, length N),
 * `luhn` or `luhn:N` (= modulo 10). Throws on anything else, so a misconfigured service fails at start.
 */
export function parseInsuranceNumberRule(text: string): InsuranceNumberRule {
  const parts = text.trim().toLowerCase().split(':');
  const numbers = parts.slice(1);
  if (numbers.some((part) => !INTEGER.test(part))) throw invalid(text);
  const [first, second] = numbers.map(Number);
  let rule: InsuranceNumberRule;
  if (parts[0] === 'none' && numbers.length === 0) rule = { kind: 'none' };
  else if (parts[0] === 'length' && numbers.length === 1) rule = { kind: 'length', length: first };
  else if (parts[0] === 'modulo' && numbers.length === 1) rule = { kind: 'modulo', modulus: first };
  else if (parts[0] === 'modulo' && numbers.length === 2) rule = { kind: 'modulo', modulus: first, length: second };
  else if (parts[0] === 'luhn' && numbers.length === 0) rule = { kind: 'modulo', modulus: 10 };
  else if (parts[0] === 'luhn' && numbers.length === 1) rule = { kind: 'modulo', modulus: 10, length: first };
  else throw invalid(text);
  try {
    insuranceNumberValidatorFrom(rule);
  } catch (error) {
    throw new Error(`Invalid insurance number rule "${text}": ${(error as Error).message}`);
  }
  return rule;
}

function invalid(text: string): Error {
  return new Error(
    `Invalid insurance number rule "${text}": expected none, length:N, modulo:M, modulo:M:N, luhn or luhn:N ` +
      '(M the modulus, N the length)',
  );
}
