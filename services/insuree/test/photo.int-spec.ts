import { randomBytes } from 'crypto';
import { mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import type { ServiceTestApp } from '@imis/testing';
import { badFilterPng, cameraJpeg, jpegMagicWithHtml, overwidePng, pngBomb } from './support/hostile-images';
import { INSUREE_TABLES, startInsuree } from './support/insuree-service';
import { person, seedPlaces } from './support/registry-fixtures';
import { CREATE_FAMILY, INSUREE_HISTORY } from './support/registry-operations';

const UPLOAD = `mutation ($input: UploadInsureePhotoInput!) {
  uploadInsureePhoto(input: $input) { insuree { id photoDate version photo { id contentType takenOn sizeBytes } } errors { code field } }
}`;
const PHOTOS = `query ($id: ID!) { insureePhotos(insureeId: $id) { id contentType replacedAt contentBase64 } }`;

/** A PNG of noise (it does not compress, so its size follows its dimensions). */
function png(width: number, height: number): Buffer {
  const image = new PNG({ width, height });
  randomBytes(image.data.length).copy(image.data);
  return PNG.sync.write(image);
}

describe('insuree service: photos', () => {
  let service: ServiceTestApp;
  let directory: string;
  let insureeId: string;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'imis-photos-'));
    // PHOTO_MAX_BYTES stays at its default, 1 MiB: room for the decompression bomb.
    ({ service } = await startInsuree({ PHOTO_DIR: directory }));
    const places = await seedPlaces(service);
    const { createFamily } = await service.data(CREATE_FAMILY, { input: { villageId: places.village1.id, head: person() } });
    insureeId = createFamily.family.headInsureeId;
  });
  afterAll(async () => {
    await service.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const upload = async (bytes: Buffer, takenOn?: string) =>
    (await service.data(UPLOAD, { input: { insureeId, contentBase64: bytes.toString('base64'), takenOn } })).uploadInsureePhoto;
  const storedFiles = () => readdirSync(directory, { recursive: true }).filter((name) => /[0-9a-f]{12}$/.test(String(name)));

  it('stores a photo re-encoded as JPEG, keeps the replaced one as history, and serves both', async () => {
    const one = await upload(png(30, 40), '2026-01-15');
    expect(one.errors).toEqual([]);
    expect(one.insuree).toMatchObject({ photoDate: '2026-01-15', photo: { contentType: 'image/jpeg', takenOn: '2026-01-15' } });
    const two = await upload(png(60, 80), '2026-02-01');
    expect(two.insuree.photoDate).toBe('2026-02-01');

    const { insureePhotos } = await service.data(PHOTOS, { id: insureeId });
    expect(insureePhotos).toHaveLength(2);
    expect(insureePhotos[0]).toMatchObject({ id: two.insuree.photo.id, replacedAt: null });
    expect(insureePhotos[1].replacedAt).not.toBeNull();
    const first = Buffer.from(insureePhotos[1].contentBase64, 'base64');
    expect(first.length).toBe(one.insuree.photo.sizeBytes);
    expect(await sharp(first).metadata()).toMatchObject({ format: 'jpeg', width: 30, height: 40 });
    const { insureeHistory } = await service.data(INSUREE_HISTORY, { id: insureeId });
    expect(insureeHistory.map((version: { version: number }) => version.version)).toEqual([1, 2]);
    expect(readdirSync(directory, { recursive: true }).filter((name) => String(name).endsWith(two.insuree.photo.id))).toHaveLength(1);
  });

  it('stores a camera photo upright, scaled down to 800 pixels, without its EXIF', async () => {
    // 4000 × 3000 as the sensor stored it, "rotate 90°" in its EXIF: a portrait photo.
    const { errors, insuree } = await upload(await cameraJpeg(4000, 3000));
    expect(errors).toEqual([]);
    const { insureePhotos } = await service.data(PHOTOS, { id: insureeId });
    const stored = Buffer.from(insureePhotos[0].contentBase64, 'base64');
    expect(insureePhotos[0].id).toBe(insuree.photo.id);
    const metadata = await sharp(stored).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 600, height: 800 });
    expect({ exif: metadata.exif, orientation: metadata.orientation }).toEqual({ exif: undefined, orientation: undefined });
  });

  it('refuses what only looks like an image: a PNG with an invalid row filter, JPEG magic then HTML, writing nothing', async () => {
    const before = { rows: await service.counts(INSUREE_TABLES), files: storedFiles().length };
    expect((await upload(badFilterPng())).errors).toEqual([{ code: 'PHOTO_UNREADABLE', field: 'contentBase64' }]);
    expect((await upload(jpegMagicWithHtml())).errors).toEqual([{ code: 'PHOTO_UNREADABLE', field: 'contentBase64' }]);
    expect({ rows: await service.counts(INSUREE_TABLES), files: storedFiles().length }).toEqual(before);
  });

  it('refuses a 1 MB PNG that inflates to 1 GB, and an image 12,000 pixels wide, without decoding them', async () => {
    const before = { rows: await service.counts(INSUREE_TABLES), files: storedFiles().length };
    const bomb = pngBomb();
    const rssBefore = process.memoryUsage().rss;
    expect((await upload(bomb)).errors).toEqual([{ code: 'PHOTO_DIMENSIONS_TOO_LARGE', field: 'contentBase64' }]);
    // Decoding it would have taken a gigabyte; reading its header takes nothing worth counting.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1_048_576);
    expect((await upload(await overwidePng())).errors).toEqual([{ code: 'PHOTO_DIMENSIONS_TOO_LARGE', field: 'contentBase64' }]);
    expect({ rows: await service.counts(INSUREE_TABLES), files: storedFiles().length }).toEqual(before);
  });

  it('refuses what is not a JPEG or PNG, an oversized photo and a photo from the future, writing nothing', async () => {
    const before = await service.counts(INSUREE_TABLES);
    const refusal = async (input: Record<string, unknown>) => (await service.data(UPLOAD, { input: { insureeId, ...input } })).uploadInsureePhoto.errors;
    expect(await refusal({ contentBase64: Buffer.from('%PDF-1.7 not a photo').toString('base64') })).toEqual([{ code: 'PHOTO_NOT_AN_IMAGE', field: 'contentBase64' }]);
    expect(await refusal({ contentBase64: png(600, 600).toString('base64') })).toEqual([{ code: 'PHOTO_TOO_LARGE', field: 'contentBase64' }]);
    expect(await refusal({ contentBase64: '!!not base64!!' })).toEqual([{ code: 'PHOTO_EMPTY', field: 'contentBase64' }]);
    expect(await refusal({ contentBase64: png(10, 10).toString('base64'), contentType: 'image/jpeg' })).toEqual([{ code: 'PHOTO_TYPE_MISMATCH', field: 'contentType' }]);
    expect(await refusal({ contentBase64: png(10, 10).toString('base64'), takenOn: '2999-01-01' })).toEqual([{ code: 'PHOTO_DATE_IN_FUTURE', field: 'takenOn' }]);
    expect(await service.counts(INSUREE_TABLES)).toEqual(before);
  });
});
