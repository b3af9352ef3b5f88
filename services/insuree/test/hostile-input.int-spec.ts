import type { GraphQLResponse, ServiceTestApp } from '@imis/testing';
import { INSUREE_TABLES, startInsuree } from './support/insuree-service';
import { person, seedPlaces, type SeededPlaces } from './support/registry-fixtures';
import { CREATE_FAMILY, INSUREES, NUMBER_VALIDITY } from './support/registry-operations';

const NUL = 'Shre\u0000stha';
const LONE_SURROGATE = 'Shre\ud83dstha';
const UPLOAD_PHOTO = `mutation ($input: UploadInsureePhotoInput!) { uploadInsureePhoto(input: $input) { insuree { id } errors { code field } } }`;

/**
 * Strings PostgreSQL cannot store (NUL, lone surrogates), over-long strings and ids that are not UUIDs are
 * refused by the subgraph's input sanitation before any resolver runs: BAD_USER_INPUT naming the argument,
 * nothing written, the process still answering.
 */
describe('insuree service: hostile input', () => {
  let service: ServiceTestApp;
  let places: SeededPlaces;

  const refused = (response: GraphQLResponse, argument: string, reason: string) => {
    expect(response.status).toBeLessThan(500);
    expect(response.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument, reason }) })]);
  };
  const createFamily = (input: Record<string, unknown>) => service.graphql(CREATE_FAMILY, { input: { villageId: places.village1.id, ...input } });

  beforeAll(async () => {
    ({ service } = await startInsuree());
    places = await seedPlaces(service);
  });

  afterAll(async () => {
    await service?.close();
  });

  it.each([
    ['a NUL byte', NUL, 'NUL_CHARACTER'],
    ['a lone surrogate', LONE_SURROGATE, 'LONE_SURROGATE'],
  ])('refuses %s in a top-level argument, in an input and in a nested input, writing nothing', async (_case, text, reason) => {
    const before = await service.counts(INSUREE_TABLES);
    refused(await service.graphql(NUMBER_VALIDITY, { number: text }), 'number', reason);
    refused(await createFamily({ address: text, head: person() }), 'input.address', reason);
    refused(await createFamily({ head: person({ lastName: text }) }), 'input.head.lastName', reason);
    expect(await service.counts(INSUREE_TABLES)).toEqual(before);
  });

  it.each([
    ['a NUL byte', NUL, 'NUL_CHARACTER'],
    ['a lone surrogate', LONE_SURROGATE, 'LONE_SURROGATE'],
  ])('refuses %s in a search filter', async (_case, name, reason) => {
    refused(await service.graphql(INSUREES, { filter: { name } }), 'filter.name', reason);
    refused(await service.graphql(`query { families(filter: { headInsuranceNumber: "1\\u0000" }) { totalCount } }`), 'filter.headInsuranceNumber', 'NUL_CHARACTER');
  });

  it('caps search filters at 200 characters', async () => {
    expect((await service.data(INSUREES, { filter: { name: 'n'.repeat(200) } })).insurees.totalCount).toBe(0);
    refused(await service.graphql(INSUREES, { filter: { name: 'n'.repeat(201) } }), 'filter.name', 'TOO_LONG');
    refused(await service.graphql(INSUREES, { filter: { name: 'n'.repeat(20_000_000) } }), 'filter.name', 'TOO_LONG');
  });

  it('refuses a 1 MB string in an ordinary field, but takes a photo of that size', async () => {
    const before = await service.counts(INSUREE_TABLES);
    refused(await createFamily({ head: person({ otherNames: 'o'.repeat(1_048_576) }) }), 'input.head.otherNames', 'TOO_LONG');
    expect(await service.counts(INSUREE_TABLES)).toEqual(before);
    // A base64 field declares its own cap (the service checks the decoded size): not refused for its length.
    const photo = await service.graphql(UPLOAD_PHOTO, { input: { insureeId: '0190e0c0-0000-7000-8000-000000000001', contentBase64: 'A'.repeat(20_000) } });
    expect(photo.errors).toBeUndefined();
    expect(photo.data?.uploadInsureePhoto.errors).toHaveLength(1); // a domain refusal (not a photo, no such insuree)
  });

  it('refuses ids that are not UUIDs, at any depth', async () => {
    const before = await service.counts(INSUREE_TABLES);
    refused(await createFamily({ head: person({ id: 'not-a-uuid' }) }), 'input.head.id', 'NOT_A_UUID');
    refused(await createFamily({ villageId: 'T111V1', head: person() }), 'input.villageId', 'NOT_A_UUID');
    refused(await service.graphql(`mutation { deleteInsurees(input: { insureeIds: ["0190e0c0-0000-7000-8000-000000000001", "x"] }) { errors { code } } }`), 'input.insureeIds[1]', 'NOT_A_UUID');
    refused(await service.graphql(INSUREES, { filter: { familyId: '1' } }), 'filter.familyId', 'NOT_A_UUID');
    expect(await service.counts(INSUREE_TABLES)).toEqual(before);
  });

  it('still answers after every refusal, and stores what it was sent', async () => {
    expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
    const { createFamily: created } = (await createFamily({ head: person({ lastName: 'Ngoué 🌍' }) })).data!;
    expect(created.errors).toEqual([]);
    expect(created.family.head.lastName).toBe('Ngoué 🌍');
    const [row] = await service.query<{ last_name: string }>('select last_name from insuree where id = $1', [created.family.head.id]);
    expect(row.last_name).toBe('Ngoué 🌍');
  });
});
