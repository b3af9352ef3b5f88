import { createHmac, timingSafeEqual } from 'crypto';

/**
 * The gateway's notifications are signed: hex HMAC-SHA256, with the shared secret, of
 * `<timestamp>.<raw body>` (timestamp: Unix seconds, sent in a header). A notification older or newer than
 * the window is refused, so a captured one cannot be replayed later; within the window its id, stored
 * unique, refuses a second delivery.
 */
export function signNotification(secret: string, timestamp: string, body: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

export type SignatureCheck = 'VALID' | 'SIGNATURE_INVALID' | 'TIMESTAMP_OUT_OF_WINDOW';

export function checkSignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: Buffer,
  nowSeconds: number,
  windowSeconds: number,
): SignatureCheck {
  const { timestamp, signature } = headers;
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || !signature || !/^[0-9a-f]{64}$/i.test(signature)) return 'SIGNATURE_INVALID';
  const expected = Buffer.from(signNotification(secret, timestamp, body), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return 'SIGNATURE_INVALID';
  return Math.abs(nowSeconds - Number(timestamp)) > windowSeconds ? 'TIMESTAMP_OUT_OF_WINDOW' : 'VALID';
}
