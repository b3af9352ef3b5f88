import type { MembershipCardFile } from '../application/membership-card.issuer';
import type { CardVerificationKey } from '../infrastructure/card-signing-key.store';
import type { CardVerificationKeyModel } from './card-verification-key.model';
import type { MembershipCardModel } from './membership-card.model';

export function toMembershipCardModel(file: MembershipCardFile): MembershipCardModel {
  return { fileName: file.fileName, contentType: file.contentType, pagesCount: file.pagesCount, contentBase64: file.content.toString('base64') };
}

export function toCardVerificationKeyModel(key: CardVerificationKey): CardVerificationKeyModel {
  return { kid: key.kid, x: key.x, algorithm: 'Ed25519', createdAt: key.createdAt, retiredAt: key.retiredAt };
}

/** A JWK (RFC 8037 OKP) with the key's dates as extra members. */
export function toCardKeyJwk(key: CardVerificationKey) {
  return {
    kty: 'OKP',
    crv: 'Ed25519',
    x: key.x,
    kid: key.kid,
    alg: 'EdDSA',
    use: 'sig',
    createdAt: key.createdAt.toISOString(),
    retiredAt: key.retiredAt?.toISOString() ?? null,
  };
}
