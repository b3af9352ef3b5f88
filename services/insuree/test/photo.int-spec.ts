import { randomBytes } from 'crypto';
import { mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { PNG } from 'pngjs';
import type { ServiceTestApp } from '@imis/testing';
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
    ({ service } = await startInsuree({ PHOTO_DIR: directory, PHOTO_MAX_BYTES: '40000' }));
    const places = await seedPlaces(service);
    const { createFamily } = await service.data(CREATE_FAMILY, { input: { villageId: places.village1.id, head: person() } });
    insureeId = createFamily.family.headInsureeId;
  });
  afterAll(async () => {
    await service.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('stores a photo, keeps the replaced one as history, and serves both', async () => {
    const first = png(30, 40);
    const upload = async (bytes: Buffer, takenOn: string) =>
      (await service.data(UPLOAD, { input: { insureeId, contentBase64: bytes.toString('base64'), takenOn } })).uploadInsureePhoto;
    const one = await upload(first, '2026-01-15');
    expect(one.errors).toEqual([]);
    expect(one.insuree).toMatchObject({ photoDate: '2026-01-15', photo: { contentType: 'image/png', takenOn: '2026-01-15', sizeBytes: first.length } });
    const two = await upload(png(60, 80), '2026-02-01');
    expect(two.insuree.photoDate).toBe('2026-02-01');

    const { insureePhotos } = await service.data(PHOTOS, { id: insureeId });
    expect(insureePhotos).toHaveLength(2);
    expect(insureePhotos[0]).toMatchObject({ id: two.insuree.photo.id, replacedAt: null });
    expect(insureePhotos[1].replacedAt).not.toBeNull();
    expect(Buffer.from(insureePhotos[1].contentBase64, 'base64').equals(first)).toBe(true);
    const { insureeHistory } = await service.data(INSUREE_HISTORY, { id: insureeId });
    expect(insureeHistory.map((version: { version: number }) => version.version)).toEqual([1, 2]);
    expect(readdirSync(directory, { recursive: true }).filter((name) => String(name).endsWith(two.insuree.photo.id))).toHaveLength(1);
  });

  it('refuses what is not a JPEG or PNG, an oversized photo and a photo from the future, writing nothing', async () => {
    const before = await service.counts(INSUREE_TABLES);
    const refusal = async (input: Record<string, unknown>) => (await service.data(UPLOAD, { input: { insureeId, ...input } })).uploadInsureePhoto.errors;
    expect(await refusal({ contentBase64: Buffer.from('%PDF-1.7 not a photo').toString('base64') })).toEqual([{ code: 'PHOTO_NOT_AN_IMAGE', field: 'contentBase64' }]);
    expect(await refusal({ contentBase64: png(150, 150).toString('base64') })).toEqual([{ code: 'PHOTO_TOO_LARGE', field: 'contentBase64' }]);
    expect(await refusal({ contentBase64: '!!not base64!!' })).toEqual([{ code: 'PHOTO_EMPTY', field: 'contentBase64' }]);
    expect(await refusal({ contentBase64: png(10, 10).toString('base64'), contentType: 'image/jpeg' })).toEqual([{ code: 'PHOTO_TYPE_MISMATCH', field: 'contentType' }]);
    expect(await refusal({ contentBase64: png(10, 10).toString('base64'), takenOn: '2999-01-01' })).toEqual([{ code: 'PHOTO_DATE_IN_FUTURE', field: 'takenOn' }]);
    expect(await service.counts(INSUREE_TABLES)).toEqual(before);
  });
});
