import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { CardHolder } from '../../src/modules/card/domain/card-holder';

export const PHOTO_COLOUR = { r: 196, g: 48, b: 43 };

/** A 60×80 PNG in one colour with a 4-pixel white frame, like a small passport photo. */
export function photoPng(): Buffer {
  const png = new PNG({ width: 60, height: 80 });
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const frame = x < 4 || y < 4 || x >= png.width - 4 || y >= png.height - 4;
      const offset = (y * png.width + x) * 4;
      png.data[offset] = frame ? 255 : PHOTO_COLOUR.r;
      png.data[offset + 1] = frame ? 255 : PHOTO_COLOUR.g;
      png.data[offset + 2] = frame ? 255 : PHOTO_COLOUR.b;
      png.data[offset + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

export function holder(overrides: Partial<CardHolder> = {}): CardHolder {
  return {
    insureeId: '4b1b7f5e-3d0f-4a8e-9c59-2f7f1f0b7a01',
    insuranceNumber: '070707070',
    lastName: 'Mwakyusa',
    otherNames: 'Neema Grace',
    birthDate: '1988-04-17',
    gender: 'F',
    familyId: 'a5d2c1f0-77b4-4b7e-8f0e-0d6c0c2f9e11',
    isHead: true,
    villageName: 'Rachla',
    photo: null,
    ...overrides,
  };
}

export function decodeQr(png: PNG): string | null {
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? null;
}

/** How many pixels are within `tolerance` of the colour on every channel. */
export function pixelsOf(png: PNG, colour: { r: number; g: number; b: number }, tolerance = 12): number {
  let count = 0;
  for (let offset = 0; offset < png.data.length; offset += 4) {
    const near =
      Math.abs(png.data[offset] - colour.r) <= tolerance &&
      Math.abs(png.data[offset + 1] - colour.g) <= tolerance &&
      Math.abs(png.data[offset + 2] - colour.b) <= tolerance;
    if (near) count++;
  }
  return count;
}
