import { checkPhotoContent, checkPhotoDimensions, photoStorageKey } from './photo-content';

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);

describe('photo content', () => {
  it('recognises JPEG and PNG by their first bytes', () => {
    expect(checkPhotoContent(JPEG, 100)).toEqual({ ok: true, value: 'image/jpeg' });
    expect(checkPhotoContent(PNG, 100)).toEqual({ ok: true, value: 'image/png' });
  });

  it('refuses other content, whatever it claims to be', () => {
    const pdf = Buffer.from('%PDF-1.7 ...');
    expect(checkPhotoContent(pdf, 100, 'image/jpeg')).toMatchObject({ ok: false, errors: [{ code: 'PHOTO_NOT_AN_IMAGE' }] });
    expect(checkPhotoContent(new Uint8Array(), 100)).toMatchObject({ ok: false, errors: [{ code: 'PHOTO_EMPTY' }] });
  });

  it('refuses a photo over the limit and a declared type that disagrees', () => {
    expect(checkPhotoContent(JPEG, 5)).toMatchObject({ ok: false, errors: [{ code: 'PHOTO_TOO_LARGE' }] });
    expect(checkPhotoContent(PNG, 100, 'image/jpeg')).toMatchObject({ ok: false, errors: [{ code: 'PHOTO_TYPE_MISMATCH', field: 'contentType' }] });
  });

  it('lets an image be decoded only within 10,000 pixels a side and 25 megapixels', () => {
    expect(checkPhotoDimensions(4000, 6000)).toEqual({ ok: true, value: true });
    expect(checkPhotoDimensions(10_000, 2_500)).toEqual({ ok: true, value: true });
    for (const [width, height] of [
      [10_001, 1],
      [1, 10_001],
      [6000, 5000],
      [16_384, 16_000],
    ]) {
      expect(checkPhotoDimensions(width, height)).toMatchObject({ ok: false, errors: [{ code: 'PHOTO_DIMENSIONS_TOO_LARGE', field: 'contentBase64' }] });
    }
  });

  it('files a photo under its upload day and insuree', () => {
    expect(photoStorageKey('ins-1', 'ph-1', new Date('2026-11-24T10:00:00Z'))).toBe('2026/11/24/ins-1/ph-1');
  });
});
