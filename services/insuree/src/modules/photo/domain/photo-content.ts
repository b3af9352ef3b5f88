import { type DomainError, ok, refused, type Result } from '@imis/kernel';

export type PhotoContentType = 'image/jpeg' | 'image/png';

const SIGNATURES: { type: PhotoContentType; bytes: number[] }[] = [
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export const photoErrors = {
  empty: (): DomainError => ({ code: 'PHOTO_EMPTY', message: 'The photo is empty or not base64', field: 'contentBase64' }),
  tooLarge: (maxBytes: number): DomainError => ({
    code: 'PHOTO_TOO_LARGE',
    message: `The photo must not exceed ${maxBytes} bytes`,
    field: 'contentBase64',
  }),
  notAnImage: (): DomainError => ({ code: 'PHOTO_NOT_AN_IMAGE', message: 'The photo must be a JPEG or PNG image', field: 'contentBase64' }),
  typeMismatch: (declared: string, actual: string): DomainError => ({
    code: 'PHOTO_TYPE_MISMATCH',
    message: `The photo was declared ${declared} but is ${actual}`,
    field: 'contentType',
  }),
  dateInvalid: (): DomainError => ({ code: 'PHOTO_DATE_INVALID', message: 'The photo date must be a date YYYY-MM-DD', field: 'takenOn' }),
  takenInFuture: (): DomainError => ({ code: 'PHOTO_DATE_IN_FUTURE', message: 'The photo date cannot be in the future', field: 'takenOn' }),
};

/**
 * What a photo really is, from its first bytes (never from what the client says): JPEG or PNG within the
 * size limit, else a refusal. A declared type, when sent, must agree.
 */
export function checkPhotoContent(bytes: Uint8Array, maxBytes: number, declaredType?: string | null): Result<PhotoContentType> {
  if (bytes.length === 0) return refused(photoErrors.empty());
  if (bytes.length > maxBytes) return refused(photoErrors.tooLarge(maxBytes));
  const match = SIGNATURES.find(({ bytes: signature }) => signature.every((byte, index) => bytes[index] === byte));
  if (!match) return refused(photoErrors.notAnImage());
  if (declaredType && declaredType !== match.type) return refused(photoErrors.typeMismatch(declaredType, match.type));
  return ok(match.type);
}

/** Where a photo is kept: by upload date and insuree, as openIMIS files them (root/Y/M/D/<insuree>/<photo>). */
export function photoStorageKey(insureeId: string, photoId: string, uploadedAt: Date): string {
  const [year, month, day] = uploadedAt.toISOString().slice(0, 10).split('-');
  return `${year}/${month}/${day}/${insureeId}/${photoId}`;
}
