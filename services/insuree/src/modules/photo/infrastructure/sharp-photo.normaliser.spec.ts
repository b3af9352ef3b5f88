import sharp from 'sharp';
import { badFilterPng, cameraJpeg, jpegMagicWithHtml, overwidePng, pngBomb } from '../../../../test/support/hostile-images';
import { normalisePhoto } from './sharp-photo.normaliser';

describe('normalisePhoto', () => {
  it('re-encodes a camera JPEG upright, scaled into 800 × 800, without its metadata', async () => {
    // Stored by the sensor 4000 × 3000 with "rotate 90°" in EXIF: a portrait photo.
    const result = await normalisePhoto(await cameraJpeg(4000, 3000));
    expect(result).toMatchObject({ ok: true, value: { contentType: 'image/jpeg', width: 600, height: 800 } });
    const stored = await sharp(result.ok ? result.value.bytes : Buffer.alloc(0)).metadata();
    expect(stored).toMatchObject({ format: 'jpeg', width: 600, height: 800 });
    expect({ exif: stored.exif, orientation: stored.orientation, icc: stored.icc }).toEqual({ exif: undefined, orientation: undefined, icc: undefined });
  });

  it('re-encodes a small PNG with transparency as a JPEG of the same size', async () => {
    const png = await sharp({ create: { width: 60, height: 80, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const result = await normalisePhoto(png);
    expect(result).toMatchObject({ ok: true, value: { contentType: 'image/jpeg', width: 60, height: 80 } });
    // Transparency is flattened on white, not black.
    const { data } = await sharp(result.ok ? result.value.bytes : Buffer.alloc(0)).raw().toBuffer({ resolveWithObject: true });
    expect(Math.min(...data)).toBeGreaterThan(245);
  });

  it('refuses what does not decode: a PNG with an invalid row filter, JPEG magic followed by HTML', async () => {
    expect(await normalisePhoto(badFilterPng())).toMatchObject({ ok: false, errors: [{ code: 'PHOTO_UNREADABLE', field: 'contentBase64' }] });
    expect(await normalisePhoto(jpegMagicWithHtml())).toMatchObject({ ok: false, errors: [{ code: 'PHOTO_UNREADABLE' }] });
  });

  it('refuses, from its header, a 1 MB PNG that inflates to 1 GB, and an image too wide', async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(1_048_576);
    expect(await normalisePhoto(bomb)).toMatchObject({ ok: false, errors: [{ code: 'PHOTO_DIMENSIONS_TOO_LARGE' }] });
    // Built the same way within the limits, it is a valid PNG: the bomb is refused for its size, not its bytes.
    expect(await normalisePhoto(pngBomb(2048, 2048))).toMatchObject({ ok: true, value: { width: 800, height: 800 } });
    expect(await normalisePhoto(await overwidePng())).toMatchObject({ ok: false, errors: [{ code: 'PHOTO_DIMENSIONS_TOO_LARGE' }] });
  });

  it('refuses another format libvips reads', async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).gif().toBuffer();
    expect(await normalisePhoto(gif)).toMatchObject({ ok: false, errors: [{ code: 'PHOTO_NOT_AN_IMAGE' }] });
  });
});
