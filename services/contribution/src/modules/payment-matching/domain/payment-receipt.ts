/** Receipts are at most this long (premium rule). */
const RECEIPT_MAX_LENGTH = 50;

/**
 * The receipt of a matched payment's premium: its transaction number (else control number, else payment id),
 * or when a current premium of the product already has it (one payment paying several policies of one
 * product, or a number reused by the gateway) the first free `<base>-2`, `<base>-3`… cut to 50 characters.
 */
export function paymentReceipt(base: string, taken: ReadonlySet<string>): string {
  const trimmed = base.trim().slice(0, RECEIPT_MAX_LENGTH);
  if (!taken.has(trimmed)) return trimmed;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${trimmed.slice(0, RECEIPT_MAX_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** What the receipt is built from: transaction number, else control number, else the payment's id. */
export function receiptBase(payment: { id: string; transactionNo: string | null; controlNumber: string | null }): string {
  return payment.transactionNo?.trim() || payment.controlNumber?.trim() || payment.id;
}
