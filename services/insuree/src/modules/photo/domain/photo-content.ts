import { type DomainError, ok, refused, type Result } from '@imis/kernel';

export type PhotoContentType = 'image/jpeg' | 'image/png';

const SIGNATURES: { type: PhotoContentType; bytes: number[] }[] = [
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/**
 * What an uploaded photo may be and what is stored of it. The pixel limits are checked on the image's
 * header, before anything is decoded: a 1 MB PNG that would inflate to 1 GB is refused at no cost.
 */
export const PHOTO_LIMITS = {
  /** Width × height of the uploaded image (25 MP: a 12 MP phone photo passes, 48 MP full-sensor images do not). */
  maxPixels: 25_000_000,
  /** Width and height of the uploaded image, each. */
  maxSide: 10_000,
  /** The stored image fits in a square of this side (a card prints the photo at about 225 × 300 pixels). */
  storedMaxSide: 800,
  /** JPEG quality of the stored image. */
  storedQuality: 85,
} as const;

export const photoErrors = {
  empty: (): DomainError => ({ code: 'PHOTO_EMPTY', message: 'The photo is empty or not base64', field: 'contentBase64' }),
  tooLarge: (maxBytes: number): DomainError => ({
    code: 'PHOTO_TOO_LARGE',
    message: `The photo must not exceed ${maxBytes} bytes`,
    field: 'contentBase64',
  }),
  unreadable: (): DomainError => ({
    code: 'PHOTO_UNREADABLE',
    message: 'The photo could not be decoded as an image (damaged, truncated or not what it claims to be)',
    field: 'contentBase64',
  }),
  dimensionsTooLarge: (): DomainError => ({
    code: 'PHOTO_DIMENSIONS_TOO_LARGE',
    message: `The photo must be at most ${PHOTO_LIMITS.maxSide} pixels wide and high and ${PHOTO_LIMITS.maxPixels / 1_000_000} megapixels`,
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
 * What a photo claims to be, from its first bytes (never from what the client says): JPEG or PNG within the
 * size limit, else a refusal. A declared type, when sent, must agree. Only decoding the image tells
 * whether the rest of the file is what its first bytes say: every upload is decoded and re-encoded.
 */
export function checkPhotoContent(bytes: Uint8Array, maxBytes: number, declaredType?: string | null): Result<PhotoContentType> {
  if (bytes.length === 0) return refused(photoErrors.empty());
  if (bytes.length > maxBytes) return refused(photoErrors.tooLarge(maxBytes));
  const match = SIGNATURES.find(({ bytes: signature }) => signature.every((byte, index) => bytes[index] === byte));
  if (!match) return refused(photoErrors.notAnImage());
  if (declaredType && declaredType !== match.type) return refused(photoErrors.typeMismatch(declaredType, match.type));
  return ok(match.type);
}

/** Whether an image of this size may be decoded (read from its header, before decoding). */
export function checkPhotoDimensions(width: number, height: number): Result<true> {
  const withinLimits = width <= PHOTO_LIMITS.maxSide && height <= PHOTO_LIMITS.maxSide && width * height <= PHOTO_LIMITS.maxPixels;
  return withinLimits ? ok(true) : refused(photoErrors.dimensionsTooLarge());
}

/** Where a photo is kept: by upload date and insuree, as openIMIS files them (root/Y/M/D/<insuree>/<photo>). */
export function photoStorageKey(insureeId: string, photoId: string, uploadedAt: Date): string {
  const [year, month, day] = uploadedAt.toISOString().slice(0, 10).split('-');
  return `${year}/${month}/${day}/${insureeId}/${photoId}`;
}
