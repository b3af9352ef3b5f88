import { generateCardKey, publicKeyFromX, publicKeyX } from './card-key';
import { signCardPayload, verifyCardPayload, type CardClaims } from './card-payload';

const claims: CardClaims = {
  insuranceNumber: '070707070',
  lastName: 'Mwakyusa',
  otherNames: 'Neema Grace',
  birthDate: '1988-04-17',
  gender: 'F',
  issuedOn: '2026-11-24',
};

describe('card payload', () => {
  const key = generateCardKey();
  const keys = new Map([[key.kid, key.publicKey]]);

  it('verifies what it signed and gives back the claims with the key id', () => {
    const payload = signCardPayload(claims, key);
    expect(payload).toMatch(/^IMIS1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    expect(verifyCardPayload(payload, keys)).toEqual({ valid: true, claims: { ...claims, kid: key.kid } });
  });

  it('looks keys up through a function as well, e.g. from the published x', () => {
    const published = publicKeyFromX(publicKeyX(key.publicKey));
    const payload = signCardPayload(claims, key);
    expect(verifyCardPayload(payload, (kid) => (kid === key.kid ? published : undefined)).valid).toBe(true);
  });

  it('stays short enough for a QR code read at card size (version 12 at level M holds 287 bytes)', () => {
    expect(Buffer.byteLength(signCardPayload(claims, key))).toBeLessThanOrEqual(287);
  });

  it('cuts names to 40 characters (by code point)', () => {
    const long = { ...claims, lastName: 'Ñ'.repeat(60), otherNames: '😀'.repeat(50) };
    const result = verifyCardPayload(signCardPayload(long, key), keys);
    expect(result.valid && [[...result.claims.lastName].length, [...result.claims.otherNames].length]).toEqual([40, 40]);
  });

  it('refuses a payload whose insurance number was changed', () => {
    const [prefix, body, signature] = signCardPayload(claims, key).split('.');
    const wire = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const tampered = Buffer.from(JSON.stringify({ ...wire, n: '070707071' })).toString('base64url');
    expect(verifyCardPayload(`${prefix}.${tampered}.${signature}`, keys)).toEqual({ valid: false, reason: 'BAD_SIGNATURE' });
  });

  it('refuses a payload signed by a key the scheme does not know, or by another key under a known kid', () => {
    const other = generateCardKey();
    const payload = signCardPayload(claims, other);
    expect(verifyCardPayload(payload, keys)).toEqual({ valid: false, reason: 'UNKNOWN_KEY' });
    const impostor = signCardPayload(claims, { kid: key.kid, privateKey: other.privateKey });
    expect(verifyCardPayload(impostor, keys)).toEqual({ valid: false, reason: 'BAD_SIGNATURE' });
  });

  it.each([
    '',
    'garbage',
    'https://example.org/card/070707070',
    'IMIS1.abc',
    'IMIS2.e30.' + 'A'.repeat(86),
    'IMIS1.not json!.' + 'A'.repeat(86),
    `IMIS1.${Buffer.from('not json').toString('base64url')}.${'A'.repeat(86)}`,
    `IMIS1.${Buffer.from('{"v":2}').toString('base64url')}.${'A'.repeat(86)}`,
    `IMIS1.${Buffer.from('[1]').toString('base64url')}.${'A'.repeat(86)}`,
  ])('calls %j malformed', (text) => {
    expect(verifyCardPayload(text, keys)).toEqual({ valid: false, reason: 'MALFORMED' });
  });

  it('calls a payload with a truncated signature or an unknown version malformed', () => {
    const payload = signCardPayload(claims, key);
    expect(verifyCardPayload(payload.slice(0, -4), keys)).toEqual({ valid: false, reason: 'MALFORMED' });
    const [, body, signature] = payload.split('.');
    const wire = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const v2 = Buffer.from(JSON.stringify({ ...wire, v: 2 })).toString('base64url');
    expect(verifyCardPayload(`IMIS1.${v2}.${signature}`, keys)).toEqual({ valid: false, reason: 'MALFORMED' });
  });
});
