import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { ServiceTestApp, TestAuthority } from '@imis/testing';
import { publicKeyFromX } from '../../src/modules/card/domain/card-key';
import { verifyCardPayload } from '../../src/modules/card/domain/card-payload';
import { startInsuree } from '../support/insuree-service';
import { person, seedPlaces, type SeededPlaces } from '../support/registry-fixtures';
import { CREATE_FAMILY, CREATE_INSUREE } from '../support/registry-operations';
import { decodeQr, PHOTO_COLOUR, photoPng, pixelsOf } from './card-fixtures';
import { rasterise, readPdf } from './pdf-reader';

const UPLOAD = `mutation ($input: UploadInsureePhotoInput!) { uploadInsureePhoto(input: $input) { errors { code } } }`;
const INSUREE_CARD = `query ($id: ID!) { insureeCard(insureeId: $id) { fileName contentType pagesCount contentBase64 } }`;
const FAMILY_CARDS = `query ($id: ID!) { familyCards(familyId: $id) { pagesCount contentBase64 } }`;

/**
 * Membership cards served by the insuree service: the registry's insuree with its uploaded photo, rendered
 * to PNG with pdf.js, and a QR code that verifies with the key the service publishes.
 */
describe('insuree service: membership cards', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;
  let places: SeededPlaces;
  let directory: string;

  const savePdf = (name: string, base64: string) => {
    const path = join(directory, name);
    writeFileSync(path, Buffer.from(base64, 'base64'));
    return path;
  };

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'imis-cards-'));
    ({ service, authority } = await startInsuree({ PHOTO_DIR: join(directory, 'photos'), CARD_SCHEME_NAME: 'Community Health Fund' }));
    places = await seedPlaces(service);
  });
  afterAll(async () => {
    await service.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it("prints an insuree's name, number, photo and a QR code that verifies with the published key", async () => {
    const head = person({ lastName: 'Mwakyusa', otherNames: 'Neema', birthDate: '1988-04-17' });
    const { createFamily } = await service.data(CREATE_FAMILY, { input: { villageId: places.village1.id, head } });
    const insureeId = createFamily.family.headInsureeId;
    const upload = await service.data(UPLOAD, { input: { insureeId, contentBase64: photoPng().toString('base64') } });
    expect(upload.uploadInsureePhoto.errors).toEqual([]);

    const { insureeCard } = await service.data(INSUREE_CARD, { id: insureeId });
    expect(insureeCard).toMatchObject({ contentType: 'application/pdf', pagesCount: 1 });
    const pdf = savePdf('insuree.pdf', insureeCard.contentBase64);
    const [{ text }] = (await readPdf(pdf)).pages;
    for (const expected of ['Community Health Fund', 'Mwakyusa', 'Neema', head.insuranceNumber as string, '1988-04-17']) {
      expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });
    }
    const page = await rasterise(pdf, 1);
    expect(pixelsOf(page, PHOTO_COLOUR)).toBeGreaterThan(1000);

    const payload = decodeQr(page);
    expect(payload).not.toBeNull();
    const published = (await (await fetch(`${service.url}/.well-known/card-keys.json`)).json()) as { keys: { kid: string; x: string }[] };
    const keys = new Map(published.keys.map((key) => [key.kid, publicKeyFromX(key.x)]));
    const verified = verifyCardPayload(payload as string, keys);
    expect(verified).toMatchObject({ valid: true, claims: { insuranceNumber: head.insuranceNumber, lastName: 'Mwakyusa', birthDate: '1988-04-17' } });
    const [prefix, claims, signature] = (payload as string).split('.');
    const forged = Buffer.from(Buffer.from(claims, 'base64url').toString().replace(String(head.insuranceNumber), '999999999')).toString('base64url');
    const tampered = [prefix, forged, signature].join('.');
    expect(verifyCardPayload(tampered, keys).valid).toBe(false);
  });

  it("prints a family's cards, the head first, and nothing outside the caller's scope", async () => {
    const { createFamily } = await service.data(CREATE_FAMILY, { input: { villageId: places.village3.id, head: person({ lastName: 'Head' }) } });
    const familyId = createFamily.family.id;
    await service.data(CREATE_INSUREE, { input: { familyId, ...person({ lastName: 'Member' }) } });
    const { familyCards } = await service.data(FAMILY_CARDS, { id: familyId });
    expect(familyCards.pagesCount).toBe(2);
    const pdf = savePdf('family.pdf', familyCards.contentBase64);
    const [head, member] = (await readPdf(pdf)).pages;
    expect(head.text).toContain('Head');
    expect(member.text).toContain('Member');

    const otherDistrict = await authority.headers({ rights: [101105], districtIds: [places.district1.id] });
    expect((await service.data(FAMILY_CARDS, { id: familyId }, otherDistrict)).familyCards).toBeNull();
    expect((await service.data(INSUREE_CARD, { id: createFamily.family.headInsureeId }, otherDistrict)).insureeCard).toBeNull();
  });
});
