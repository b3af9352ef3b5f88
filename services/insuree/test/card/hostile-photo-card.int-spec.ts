import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { ServiceTestApp } from '@imis/testing';
import { badFilterPng, jpegMagicWithHtml, pngBomb } from '../support/hostile-images';
import { startInsuree } from '../support/insuree-service';
import { person, seedPlaces, type SeededPlaces } from '../support/registry-fixtures';
import { CREATE_FAMILY, CREATE_INSUREE } from '../support/registry-operations';
import { photoPng } from './card-fixtures';

const UPLOAD = `mutation ($input: UploadInsureePhotoInput!) { uploadInsureePhoto(input: $input) { insuree { photo { id } } errors { code } } }`;
const INSUREE_CARD = `query ($id: ID!) { insureeCard(insureeId: $id) { pagesCount contentBase64 } }`;
const FAMILY_CARDS = `query ($id: ID!) { familyCards(familyId: $id) { pagesCount contentBase64 } }`;
const INSUREE = `query ($id: ID!) { insuree(id: $id) { id photo { id } } }`;

/** What can be read of a PDF without a PDF library: its header, its pages and its image objects (pdfkit leaves object dictionaries uncompressed). */
function pdfOutline(base64: string): { header: string; pages: number; images: number } {
  const text = Buffer.from(base64, 'base64').toString('latin1');
  return { header: text.slice(0, 5), pages: text.match(/\/Type \/Page\b/g)?.length ?? 0, images: text.match(/\/Subtype \/Image\b/g)?.length ?? 0 };
}

/**
 * Photos stored before uploads were re-encoded may be hostile: the card still prints (without the photo),
 * the service lives. The card's QR code is one image and its transparency mask another; a photo is a third.
 */
describe('insuree service: cards of insurees whose stored photo is hostile', () => {
  let service: ServiceTestApp;
  let places: SeededPlaces;
  let directory: string;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'imis-hostile-cards-'));
    ({ service } = await startInsuree({ PHOTO_DIR: directory }));
    places = await seedPlaces(service);
  });
  afterAll(async () => {
    await service.close();
    rmSync(directory, { recursive: true, force: true });
  });

  /** An insuree with a photo whose stored file is `bytes`, as a photo uploaded before the change may be. */
  async function insureeWithStoredPhoto(bytes: Buffer, familyId?: string): Promise<{ insureeId: string; familyId: string }> {
    let insureeId: string;
    if (familyId) {
      insureeId = (await service.data(CREATE_INSUREE, { input: { familyId, ...person() } })).createInsuree.insuree.id;
    } else {
      const { createFamily } = await service.data(CREATE_FAMILY, { input: { villageId: places.village1.id, head: person() } });
      ({ id: familyId, headInsureeId: insureeId } = createFamily.family);
    }
    const { uploadInsureePhoto } = await service.data(UPLOAD, { input: { insureeId, contentBase64: photoPng().toString('base64') } });
    expect(uploadInsureePhoto.errors).toEqual([]);
    const [{ storage_key: storageKey }] = await service.query<{ storage_key: string }>('select storage_key from insuree_photo where id = $1', [uploadInsureePhoto.insuree.photo.id]);
    writeFileSync(join(directory, storageKey), bytes);
    await service.query(`update insuree_photo set content_type = 'image/png', size_bytes = $2 where id = $1`, [uploadInsureePhoto.insuree.photo.id, bytes.length]);
    return { insureeId, familyId: familyId as string };
  }

  it('prints the photo of an ordinary insuree (the baseline: QR code, its mask and the photo)', async () => {
    const { insureeId } = await insureeWithStoredPhoto(photoPng());
    const { insureeCard } = await service.data(INSUREE_CARD, { id: insureeId });
    expect({ pagesCount: insureeCard.pagesCount, ...pdfOutline(insureeCard.contentBase64) }).toEqual({ pagesCount: 1, header: '%PDF-', pages: 1, images: 3 });
  });

  it('prints the card without the photo when the stored photo is a PNG with an invalid row filter, and keeps serving', async () => {
    // The crash: pdfkit threw in a zlib callback and the process exited (here, Jest would fail the test).
    const { insureeId } = await insureeWithStoredPhoto(badFilterPng());
    const { insureeCard } = await service.data(INSUREE_CARD, { id: insureeId });
    expect({ pagesCount: insureeCard.pagesCount, ...pdfOutline(insureeCard.contentBase64) }).toEqual({ pagesCount: 1, header: '%PDF-', pages: 1, images: 2 });
    expect((await service.data(INSUREE, { id: insureeId })).insuree).toMatchObject({ id: insureeId, photo: { id: expect.any(String) } });
  });

  it("prints a family's cards when the members' stored photos are a decompression bomb and HTML behind JPEG magic", async () => {
    const { familyId } = await insureeWithStoredPhoto(pngBomb());
    await insureeWithStoredPhoto(jpegMagicWithHtml(), familyId);
    await insureeWithStoredPhoto(photoPng(), familyId);
    const rssBefore = process.memoryUsage().rss;
    const { familyCards } = await service.data(FAMILY_CARDS, { id: familyId });
    // The bomb's header is read, never its gigabyte of pixels.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1_048_576);
    expect({ pagesCount: familyCards.pagesCount, ...pdfOutline(familyCards.contentBase64) }).toEqual({ pagesCount: 3, header: '%PDF-', pages: 3, images: 3 * 2 + 1 });
  });
});
