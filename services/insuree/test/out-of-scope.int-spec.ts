import { randomUUID } from 'crypto';
import type { GraphQLData, ServiceTestApp, TestAuthority, TestUser } from '@imis/testing';
import { photoPng } from './card/card-fixtures';
import { INSUREE_TABLES, startInsuree } from './support/insuree-service';
import { person, seedPlaces, type SeededPlaces } from './support/registry-fixtures';
import {
  CHANGE_STATUS,
  CREATE_FAMILY,
  CREATE_INSUREE,
  DELETE_FAMILY,
  DELETE_INSUREES,
  FAMILY,
  INSUREE,
  MOVE_INSUREE,
  REMOVE_INSUREES,
  SET_FAMILY_HEAD,
  UPDATE_FAMILY,
  UPDATE_INSUREE,
} from './support/registry-operations';

const UPLOAD_PHOTO = `mutation ($input: UploadInsureePhotoInput!) { uploadInsureePhoto(input: $input) { insuree { id } errors { code message field } } }`;
const DERIVED = `query ($insuree: ID!, $family: ID!) {
  insuree(id: $insuree) { id }
  family(id: $family) { id }
  insureeHistory(id: $insuree) { version }
  familyHistory(id: $family) { version }
  insureePhotos(insureeId: $insuree) { id }
  insureeCard(insureeId: $insuree) { pagesCount }
  familyCards(familyId: $family) { pagesCount }
}`;
const FAMILY_CARDS = `query ($id: ID!) { familyCards(familyId: $id) { pagesCount contentBase64 } }`;

/**
 * A caller cannot tell that a family, insuree or village outside its scope exists: every command and
 * lookup answers such an id exactly as an unknown one, and writes nothing. A member is changed only
 * within its family's scope, even when the caller sees it by its own village.
 *
 *   district 1: village 1 (family IN: head, member)       district 2: village 3 (family OUT: head, member,
 *                                                           and a member living in village 1)
 */
describe('insuree service: outside the scope is unknown', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;
  let places: SeededPlaces;
  let districtUser: TestUser;
  const ids: Record<'familyIn' | 'headIn' | 'memberIn' | 'familyOut' | 'headOut' | 'memberOut' | 'livesInScope', string> = {} as never;

  const payloadOf = async (document: string, input: Record<string, unknown>): Promise<GraphQLData> => {
    const response = await service.graphql(document, { input }, await authority.headers(districtUser));
    expect(response.errors).toBeUndefined();
    return Object.values(response.data ?? {})[0] as GraphQLData;
  };
  /** The record field of a payload (family, insuree or insurees) and its errors. */
  const answer = (payload: GraphQLData) => ({ record: payload.family ?? payload.insuree ?? payload.insurees ?? null, errors: payload.errors });

  beforeAll(async () => {
    ({ service, authority } = await startInsuree());
    places = await seedPlaces(service);
    const family = async (villageId: string) => (await service.data(CREATE_FAMILY, { input: { villageId, head: person() } })).createFamily.family;
    const member = async (familyId: string, extra: Record<string, unknown> = {}) =>
      (await service.data(CREATE_INSUREE, { input: { familyId, ...person(extra) } })).createInsuree.insuree.id as string;
    const inside = await family(places.village1.id);
    const outside = await family(places.village3.id);
    Object.assign(ids, {
      familyIn: inside.id,
      headIn: inside.headInsureeId,
      memberIn: await member(inside.id),
      familyOut: outside.id,
      headOut: outside.headInsureeId,
      memberOut: await member(outside.id),
      livesInScope: await member(outside.id, { currentVillageId: places.village1.id }),
    });
    const photo = await service.data(UPLOAD_PHOTO, { input: { insureeId: ids.memberOut, contentBase64: photoPng().toString('base64') } });
    expect(photo.uploadInsureePhoto.errors).toEqual([]);
    districtUser = {
      id: '0190e0c0-0000-7000-8000-0000000000d1',
      username: 'district-1',
      rights: [101001, 101002, 101003, 101004, 101101, 101102, 101103, 101104, 101105],
      districtIds: [places.district1.id],
    };
  });
  afterAll(async () => {
    await service?.close();
  });

  // [case, document, input with the out-of-scope id, the same input with an unknown id]
  const commands: [string, string, () => Record<string, unknown>, (unknown: string) => Record<string, unknown>][] = [
    ['updateFamily', UPDATE_FAMILY, () => ({ id: ids.familyOut, poverty: true, version: 99 }), (id) => ({ id, poverty: true, version: 99 })],
    ['setFamilyHead', SET_FAMILY_HEAD, () => ({ familyId: ids.familyOut, insureeId: ids.memberOut }), (id) => ({ familyId: id, insureeId: ids.memberOut })],
    ['deleteFamily', DELETE_FAMILY, () => ({ id: ids.familyOut, deleteMembers: true }), (id) => ({ id, deleteMembers: true })],
    ['createInsuree', CREATE_INSUREE, () => ({ familyId: ids.familyOut, ...person() }), (id) => ({ familyId: id, ...person() })],
    ['updateInsuree', UPDATE_INSUREE, () => ({ id: ids.memberOut, phone: '+977 1', version: 99 }), (id) => ({ id, phone: '+977 1', version: 99 })],
    ['changeInsureeStatus', CHANGE_STATUS, () => ({ id: ids.memberOut, status: 'INACTIVE', reasonCode: 'MOV' }), (id) => ({ id, status: 'INACTIVE', reasonCode: 'MOV' })],
    ['moveInsuree (the insuree)', MOVE_INSUREE, () => ({ id: ids.memberOut, familyId: ids.familyIn }), (id) => ({ id, familyId: ids.familyIn })],
    ['moveInsuree (the family)', MOVE_INSUREE, () => ({ id: ids.memberIn, familyId: ids.familyOut }), (id) => ({ id: ids.memberIn, familyId: id })],
    ['removeInsurees', REMOVE_INSUREES, () => ({ insureeIds: [ids.memberOut] }), (id) => ({ insureeIds: [id] })],
    ['deleteInsurees (a head)', DELETE_INSUREES, () => ({ insureeIds: [ids.headOut] }), (id) => ({ insureeIds: [id] })],
    ['uploadInsureePhoto', UPLOAD_PHOTO, () => ({ insureeId: ids.memberOut, contentBase64: 'bm90IGFuIGltYWdl' }), (id) => ({ insureeId: id, contentBase64: 'bm90IGFuIGltYWdl' })],
    ['createFamily (an existing head)', CREATE_FAMILY, () => ({ villageId: places.village1.id, headInsureeId: ids.memberOut }), (id) => ({ villageId: places.village1.id, headInsureeId: id })],
    ['createFamily (the village)', CREATE_FAMILY, () => ({ villageId: places.village3.id, head: person() }), (id) => ({ villageId: id, head: person() })],
    ['updateFamily (a new village)', UPDATE_FAMILY, () => ({ id: ids.familyIn, villageId: places.village3.id }), (id) => ({ id: ids.familyIn, villageId: id })],
  ];

  it.each(commands)('answers %s on an id outside the scope exactly as on an unknown id, writing nothing', async (_case, document, outOfScope, unknown) => {
    const before = await service.counts(INSUREE_TABLES);
    const outside = answer(await payloadOf(document, outOfScope()));
    const missing = answer(await payloadOf(document, unknown(randomUUID())));
    expect(outside.record).toBeNull();
    expect(outside.errors).toHaveLength(1);
    expect(outside.errors[0].code).toMatch(/_NOT_FOUND$|_NOT_VILLAGE$/);
    expect(outside).toEqual(missing);
    expect(await service.counts(INSUREE_TABLES)).toEqual(before);
  });

  it('answers the lookups and every derived output of an out-of-scope insuree and family as those of unknown ids', async () => {
    const headers = await authority.headers(districtUser);
    const outside = await service.data(DERIVED, { insuree: ids.memberOut, family: ids.familyOut }, headers);
    const unknown = await service.data(DERIVED, { insuree: randomUUID(), family: randomUUID() }, headers);
    expect(outside).toEqual({ insuree: null, family: null, insureeHistory: [], familyHistory: [], insureePhotos: [], insureeCard: null, familyCards: null });
    expect(outside).toEqual(unknown);
  });

  it("prints no card of a family outside the scope, even when the caller sees one of its members by the member's own village", async () => {
    const headers = await authority.headers(districtUser);
    expect((await service.data(INSUREE, { id: ids.livesInScope }, headers)).insuree).toMatchObject({ id: ids.livesInScope, familyId: ids.familyOut, family: null });
    expect((await service.data(FAMILY_CARDS, { id: ids.familyOut }, headers)).familyCards).toBeNull();
    expect((await service.data(FAMILY_CARDS, { id: ids.familyOut })).familyCards.pagesCount).toBe(3);
    expect((await service.data(FAMILY_CARDS, { id: ids.familyIn }, headers)).familyCards.pagesCount).toBe(2);
  });

  it('refuses any change of a member it sees by its own village while its family lives outside the scope, writing nothing', async () => {
    const before = await service.counts(INSUREE_TABLES);
    const refused = (field: string) => ({ record: null, errors: [{ code: 'FAMILY_NOT_FOUND', message: "The insuree's family is not a current family you may change", field }] });
    expect(answer(await payloadOf(DELETE_INSUREES, { insureeIds: [ids.livesInScope] }))).toEqual(refused('insureeIds'));
    expect(answer(await payloadOf(REMOVE_INSUREES, { insureeIds: [ids.livesInScope] }))).toEqual(refused('insureeIds'));
    expect(answer(await payloadOf(MOVE_INSUREE, { id: ids.livesInScope, familyId: ids.familyIn }))).toEqual(refused('id'));
    expect(answer(await payloadOf(UPDATE_INSUREE, { id: ids.livesInScope, phone: '+977 2' }))).toEqual(refused('id'));
    expect(answer(await payloadOf(CHANGE_STATUS, { id: ids.livesInScope, status: 'INACTIVE', reasonCode: 'MOV' }))).toEqual(refused('id'));
    expect(await service.counts(INSUREE_TABLES)).toEqual(before);
    const { family } = await service.data(FAMILY, { id: ids.familyOut });
    expect(family.members.map((member: GraphQLData) => member.id)).toContain(ids.livesInScope);
  });

  it('still lets the caller change the families and members of its own scope', async () => {
    const moved = answer(await payloadOf(MOVE_INSUREE, { id: ids.memberIn, familyId: ids.familyIn }));
    expect(moved.errors).toEqual([expect.objectContaining({ code: 'INSUREE_ALREADY_IN_FAMILY' })]);
    const updated = answer(await payloadOf(UPDATE_INSUREE, { id: ids.memberIn, phone: '+977 3' }));
    expect(updated).toMatchObject({ record: { id: ids.memberIn }, errors: [] });
    const removed = answer(await payloadOf(DELETE_INSUREES, { insureeIds: [ids.memberIn] }));
    expect(removed).toMatchObject({ record: [{ id: ids.memberIn }], errors: [] });
  });
});
