import type { RightCode } from '@imis/auth';

/** The payment rights of the catalogue (101401–101404), named here until `Right` of @imis/auth lists them. */
export const PaymentRight = {
  Search: 101401,
  Add: 101402,
  Edit: 101403,
  Delete: 101404,
} as const satisfies Record<string, RightCode>;
