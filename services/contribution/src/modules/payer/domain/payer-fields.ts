import { type DomainError, collect, type Result, trimmedOrNull } from '@imis/kernel';
import { payerErrors } from './payer.errors';

export const PAYER_TYPES = ['C', 'D', 'G', 'L', 'O', 'P'] as const;
export type PayerType = (typeof PAYER_TYPES)[number];

export interface PayerInput {
  type: PayerType;
  name: string;
  address?: string | null;
  phone?: string | null;
  fax?: string | null;
  email?: string | null;
}

export interface PayerFields {
  type: PayerType;
  name: string;
  address: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LIMITS = { address: 100, phone: 50, fax: 50, email: 100 } as const;

/** A payer's fields as kept: trimmed, empty texts as null, each within its openIMIS length. */
export function payerFields(input: PayerInput): Result<PayerFields> {
  const name = input.name.trim();
  const optional = {
    address: trimmedOrNull(input.address),
    phone: trimmedOrNull(input.phone),
    fax: trimmedOrNull(input.fax),
    email: trimmedOrNull(input.email),
  };
  const errors: DomainError[] = [];
  if (name.length === 0 || name.length > 100) errors.push(payerErrors.nameInvalid());
  for (const field of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
    const value = optional[field];
    if (value !== null && value.length > LIMITS[field]) errors.push(payerErrors.textTooLong(field, LIMITS[field]));
  }
  if (optional.email !== null && optional.email.length <= LIMITS.email && !EMAIL.test(optional.email)) errors.push(payerErrors.emailInvalid());
  return collect(errors, () => ({ type: input.type, name, ...optional }));
}

/** A payer is placed at a region or a district, or nowhere (national). */
export function isPayerLocationType(type: string): boolean {
  return type === 'R' || type === 'D';
}
