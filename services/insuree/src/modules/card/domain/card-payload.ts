import { sign, verify, type KeyObject } from 'node:crypto';
import type { CardGender } from './card-holder';
import type { CardPrivateKey } from './card-key';

/*
 * The text in a membership card's QR code (format "IMIS1"), verifiable offline:
 *
 *   IMIS1.<claims>.<signature>
 *
 * - claims: base64url (RFC 4648 §5, no padding) of the UTF-8 JSON object
 *     {"v":1,"kid":"card-1a2b3c4d","n":"<insurance number>","ln":"<last name>","on":"<other names>",
 *      "dob":"YYYY-MM-DD","g":"M"|"F"|"O","iat":"YYYY-MM-DD"}
 *   kid is the id of the signing key, iat the day the card was issued. Names longer than 40 characters are
 *   cut to 40 (to bound the size of the code). Readers ignore members they do not know.
 * - signature: base64url (no padding) of the 64-byte Ed25519 signature (RFC 8032, pure Ed25519) over the
 *   ASCII bytes of "IMIS1.<claims>", i.e. everything before the second dot.
 *
 * To verify: split on "."; expect exactly three parts and "IMIS1" first; decode the claims and read kid;
 * find the public key with that kid among the scheme's keys (GET /.well-known/card-keys.json: each key's
 * `x` is the raw 32-byte public key, base64url); verify the signature over "IMIS1.<claims>". A key's
 * `retiredAt` means it stopped signing then: a card it signed with a later iat is not genuine.
 */
export const CARD_PAYLOAD_PREFIX = 'IMIS1';
export const CARD_PAYLOAD_VERSION = 1;
const MAX_NAME_LENGTH = 40;

export interface CardClaims {
  readonly insuranceNumber: string;
  readonly lastName: string;
  readonly otherNames: string;
  /** YYYY-MM-DD */
  readonly birthDate: string;
  readonly gender: CardGender;
  /** YYYY-MM-DD */
  readonly issuedOn: string;
}

export interface SignedCardClaims extends CardClaims {
  readonly kid: string;
}

export type CardPublicKeys = ReadonlyMap<string, KeyObject> | ((kid: string) => KeyObject | undefined);

export type CardVerification =
  | { readonly valid: true; readonly claims: SignedCardClaims }
  | { readonly valid: false; readonly reason: 'MALFORMED' | 'UNKNOWN_KEY' | 'BAD_SIGNATURE' };

interface WireClaims {
  v: number;
  kid: string;
  n: string;
  ln: string;
  on: string;
  dob: string;
  g: CardGender;
  iat: string;
}

export function signCardPayload(claims: CardClaims, key: CardPrivateKey): string {
  const wire: WireClaims = {
    v: CARD_PAYLOAD_VERSION,
    kid: key.kid,
    n: claims.insuranceNumber,
    ln: truncate(claims.lastName),
    on: truncate(claims.otherNames),
    dob: claims.birthDate,
    g: claims.gender,
    iat: claims.issuedOn,
  };
  const signed = `${CARD_PAYLOAD_PREFIX}.${Buffer.from(JSON.stringify(wire), 'utf8').toString('base64url')}`;
  return `${signed}.${sign(null, Buffer.from(signed, 'ascii'), key.privateKey).toString('base64url')}`;
}

export function verifyCardPayload(text: string, publicKeys: CardPublicKeys): CardVerification {
  const parts = text.trim().split('.');
  if (parts.length !== 3 || parts[0] !== CARD_PAYLOAD_PREFIX || !isBase64Url(parts[1]) || !isBase64Url(parts[2])) return malformed();
  const wire = parseClaims(Buffer.from(parts[1], 'base64url').toString('utf8'));
  const signature = Buffer.from(parts[2], 'base64url');
  if (!wire || signature.length !== 64) return malformed();
  const key = typeof publicKeys === 'function' ? publicKeys(wire.kid) : publicKeys.get(wire.kid);
  if (!key || key.asymmetricKeyType !== 'ed25519') return { valid: false, reason: 'UNKNOWN_KEY' };
  if (!verify(null, Buffer.from(`${parts[0]}.${parts[1]}`, 'ascii'), key, signature)) return { valid: false, reason: 'BAD_SIGNATURE' };
  return {
    valid: true,
    claims: {
      kid: wire.kid,
      insuranceNumber: wire.n,
      lastName: wire.ln,
      otherNames: wire.on,
      birthDate: wire.dob,
      gender: wire.g,
      issuedOn: wire.iat,
    },
  };
}

function truncate(name: string): string {
  const codePoints = [...name];
  return codePoints.length > MAX_NAME_LENGTH ? codePoints.slice(0, MAX_NAME_LENGTH).join('') : name;
}

function isBase64Url(part: string | undefined): part is string {
  return part !== undefined && /^[A-Za-z0-9_-]+$/.test(part);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseClaims(json: string): WireClaims | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const claims = value as Record<string, unknown>;
  const strings = ['kid', 'n', 'ln', 'on', 'dob', 'g', 'iat'].every((name) => typeof claims[name] === 'string');
  if (!strings || claims.v !== CARD_PAYLOAD_VERSION) return null;
  const wire = claims as unknown as WireClaims;
  if (!DATE.test(wire.dob) || !DATE.test(wire.iat) || !['M', 'F', 'O'].includes(wire.g) || wire.kid === '' || wire.n === '') return null;
  return wire;
}

function malformed(): CardVerification {
  return { valid: false, reason: 'MALFORMED' };
}
