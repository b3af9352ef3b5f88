import { ok, refused, type Result } from '@imis/kernel';
import sharp, { type Metadata } from 'sharp';
import { checkPhotoDimensions, PHOTO_LIMITS, photoErrors } from '../domain/photo-content';

// libvips' operation cache keeps recent results in memory; every photo is decoded once, so it only costs.
sharp.cache(false);

export interface NormalisedPhoto {
  readonly bytes: Buffer;
  readonly contentType: 'image/jpeg';
  readonly width: number;
  readonly height: number;
}

/**
 * Decodes an uploaded JPEG or PNG with libvips (sharp) and re-encodes it: turned upright per its EXIF
 * orientation, transparency flattened on white, scaled down to fit PHOTO_LIMITS.storedMaxSide, written as a
 * baseline JPEG without metadata (no EXIF location, no camera serial). Only this re-encoded image is stored:
 * whatever else the file carried (a script after the JPEG markers, a corrupt PNG row that crashed the card
 * renderer) is gone. Decoding runs on libuv's thread pool, not on the event loop.
 */
export async function normalisePhoto(bytes: Buffer): Promise<Result<NormalisedPhoto>> {
  let header: Metadata;
  try {
    // The header alone: nothing is decoded until its dimensions are known to be within the limits.
    header = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return refused(photoErrors.unreadable());
  }
  if (header.format !== 'jpeg' && header.format !== 'png') return refused(photoErrors.notAnImage());
  const size = checkPhotoDimensions(header.width ?? 0, header.height ?? 0);
  if (!size.ok) return size;
  try {
    // failOn stays at sharp's default, 'warning', the level its documentation asks for untrusted input.
    const { data, info } = await sharp(bytes, { limitInputPixels: PHOTO_LIMITS.maxPixels })
      .autoOrient()
      .resize({ width: PHOTO_LIMITS.storedMaxSide, height: PHOTO_LIMITS.storedMaxSide, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: PHOTO_LIMITS.storedQuality })
      .toBuffer({ resolveWithObject: true });
    return ok({ bytes: data, contentType: 'image/jpeg', width: info.width, height: info.height });
  } catch {
    return refused(photoErrors.unreadable());
  }
}
