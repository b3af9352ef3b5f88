import { randomUUID } from 'crypto';
import type { ServiceTestApp } from '@imis/testing';
import { INSUREE_TABLES, startInsuree } from './support/insuree-service';
import { person, seedPlaces, type SeededPlaces, validInsuranceNumber } from './support/registry-fixtures';
import {
  CHANGE_STATUS,
  CREATE_FAMILY,
  CREATE_INSUREE,
  DELETE_FAMILY,
  DELETE_INSUREES,
  FAMILY,
  INSUREE,
  INSUREE_HISTORY,
  MOVE_INSUREE,
  NUMBER_VALIDITY,
  REMOVE_INSUREES,
  SET_FAMILY_HEAD,
  UPDATE_FAMILY,
  UPDATE_INSUREE,
} from './support/registry-operations';

describe('insuree service: families and insurees', () => {
  let service: ServiceTestApp;
  let places: SeededPlaces;
  let village: string;

  const createFamily = async (input: Record<string, unknown> = {}) => (await service.data(CREATE_FAMILY, { input: { villageId: village, head: person(), ...input } })).createFamily;
  const addMember = async (familyId: string, overrides: Record<string, unknown> = {}) =>
    (await service.data(CREATE_INSUREE, { input: { familyId, ...person({ otherNames: 'Ram', gender: 'M', ...overrides }) } })).createInsuree;
  const codes = (payload: { errors: { code: string }[] }) => payload.errors.map((error) => error.code);

  beforeAll(async () => {
    ({ service } = await startInsuree());
    places = await seedPlaces(service);
    village = places.village1.id;
  });
  afterAll(() => service.close());

  it('registers a family with its head, both announced on JetStream', async () => {
    const head = person({ healthFacilityId: places.healthFacilityId });
    const { family, errors } = await createFamily({ head, poverty: true, familyType: 'H' });
    expect(errors).toEqual([]);
    expect(family.head).toMatchObject({ insuranceNumber: head.insuranceNumber, isHead: true, familyId: family.id, status: 'ACTIVE', statusCode: 'AC' });
    expect(family.members).toEqual([{ id: family.headInsureeId, isHead: true }]);
    const events = await service.eventually(async () => {
      const published = await service.publishedEvents(0, 2000);
      return published.some((event) => event.subjectId === family.id) && published.some((event) => event.subjectId === family.headInsureeId) ? published : null;
    });
    expect(events.find((event) => event.subjectId === family.id)?.type).toBe('imis.insuree.family.created.v1');
    expect(events.find((event) => event.subjectId === family.headInsureeId)).toMatchObject({
      type: 'imis.insuree.insuree.created.v1',
      data: { familyId: family.id, isHead: true, familyVillageId: village, gender: 'F', birthDate: '1985-04-12', status: 'AC' },
    });
  });

  it('keeps client-chosen ids (offline records) and answers a retried mutation with its first result', async () => {
    const familyId = randomUUID();
    const headId = randomUUID();
    const input = { id: familyId, villageId: village, head: person({ id: headId }), clientMutationId: `sync-${familyId}` };
    const first = (await service.data(CREATE_FAMILY, { input })).createFamily;
    const retry = (await service.data(CREATE_FAMILY, { input })).createFamily;
    expect(first.family).toMatchObject({ id: familyId, headInsureeId: headId });
    expect(retry).toEqual(first);
    expect(await service.query('select count(*)::int as n from family where id = $1', [familyId])).toEqual([{ n: 1 }]);
  });

  it('refuses bad input with specific codes and writes nothing', async () => {
    const taken = (await createFamily()).family.head.insuranceNumber;
    const before = await service.counts(INSUREE_TABLES);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ head: person({ insuranceNumber: taken }) }, 'INSURANCE_NUMBER_TAKEN', 'head.insuranceNumber'],
      [{ head: person({ insuranceNumber: '123456784' }) }, 'INSURANCE_NUMBER_CHECK_DIGIT', 'head.insuranceNumber'],
      [{ head: person({ insuranceNumber: '12345' }) }, 'INSURANCE_NUMBER_LENGTH', 'head.insuranceNumber'],
      [{ head: person({ birthDate: '2999-01-01' }) }, 'INSUREE_BIRTH_DATE_IN_FUTURE', 'head.birthDate'],
      [{ head: person({ relationship: '42' }) }, 'INSUREE_LOOKUP_UNKNOWN', 'head.relationship'],
      [{ head: person({ healthFacilityId: randomUUID() }) }, 'HEALTH_FACILITY_UNKNOWN', 'head.healthFacilityId'],
      [{ head: null }, 'FAMILY_HEAD_REQUIRED', 'headInsuree'],
      [{ villageId: places.ward1.id }, 'FAMILY_VILLAGE_NOT_VILLAGE', 'villageId'],
      [{ familyType: 'ZZ' }, 'FAMILY_LOOKUP_UNKNOWN', 'familyType'],
    ];
    for (const [input, code, field] of cases) {
      const payload = await createFamily(input);
      expect({ input, errors: payload.errors }).toEqual({ input, errors: [expect.objectContaining({ code, field })] });
      expect(payload.family).toBeNull();
    }
    expect(await service.counts(INSUREE_TABLES)).toEqual(before);
  });

  it('checks a number against the scheme rule and the register', async () => {
    const check = async (number: string) => (await service.data(NUMBER_VALIDITY, { number })).insuranceNumberValidity;
    const taken = (await createFamily()).family.head.insuranceNumber;
    expect(await check(validInsuranceNumber())).toEqual({ isValid: true, errorCode: null, code: null, errorMessage: null });
    expect(await check(taken)).toMatchObject({ isValid: false, errorCode: 1, code: 'INSURANCE_NUMBER_TAKEN' });
    expect(await check('123456784')).toMatchObject({ isValid: false, errorCode: 4, code: 'INSURANCE_NUMBER_CHECK_DIGIT' });
    expect(await check('')).toMatchObject({ isValid: false, errorCode: 2 });
  });

  it('adds members, updates them with history, and never nulls a field that was not sent', async () => {
    const { family } = await createFamily();
    const member = await addMember(family.id, { phone: '+977 1 555' });
    expect(member.errors).toEqual([]);
    expect(member.insuree).toMatchObject({ familyId: family.id, isHead: false });
    const { updateInsuree } = await service.data(UPDATE_INSUREE, { input: { id: member.insuree.id, lastName: 'Tamang', email: 'ram@example.org' } });
    expect(updateInsuree.errors).toEqual([]);
    expect(updateInsuree.insuree).toMatchObject({ lastName: 'Tamang', phone: '+977 1 555', email: 'ram@example.org', version: 2 });
    const { insureeHistory } = await service.data(INSUREE_HISTORY, { id: member.insuree.id });
    expect(insureeHistory).toEqual([expect.objectContaining({ version: 1, lastName: 'Shrestha', phone: '+977 1 555' })]);
    const cleared = (await service.data(UPDATE_INSUREE, { input: { id: member.insuree.id, phone: null } })).updateInsuree;
    expect(cleared.insuree).toMatchObject({ phone: null, email: 'ram@example.org', version: 3 });
  });

  it('refuses an update made from a version that has changed since (VERSION_CONFLICT), writing nothing', async () => {
    const { family } = await createFamily();
    const id = family.headInsureeId;
    expect((await service.data(UPDATE_INSUREE, { input: { id, version: 1, phone: '+977 1 111' } })).updateInsuree.errors).toEqual([]);
    const before = await service.counts(INSUREE_TABLES);
    const stale = (await service.data(UPDATE_INSUREE, { input: { id, version: 1, phone: '+977 1 222' } })).updateInsuree;
    expect(stale.errors).toEqual([expect.objectContaining({ code: 'VERSION_CONFLICT', field: 'version' })]);
    const staleFamily = (await service.data(UPDATE_FAMILY, { input: { id: family.id, version: 7, address: 'x' } })).updateFamily;
    expect(codes(staleFamily)).toEqual(['VERSION_CONFLICT']);
    expect(await service.counts(INSUREE_TABLES)).toEqual(before);
  });

  it('keeps one head per family: set a new head, refuse removing or deleting the head', async () => {
    const { family } = await createFamily();
    const member = (await addMember(family.id)).insuree;
    const removeHead = (await service.data(REMOVE_INSUREES, { input: { insureeIds: [family.headInsureeId] } })).removeInsurees;
    expect(codes(removeHead)).toEqual(['FAMILY_HEAD_CANNOT_BE_REMOVED']);
    const deleteHead = (await service.data(DELETE_INSUREES, { input: { insureeIds: [family.headInsureeId, member.id] } })).deleteInsurees;
    expect(codes(deleteHead)).toEqual(['FAMILY_HEAD_CANNOT_BE_DELETED']);
    expect(await service.query('select count(*)::int as n from insuree where family_id = $1 and deleted_at is null', [family.id])).toEqual([{ n: 2 }]);

    const { setFamilyHead } = await service.data(SET_FAMILY_HEAD, { input: { familyId: family.id, insureeId: member.id } });
    expect(setFamilyHead.errors).toEqual([]);
    expect(setFamilyHead.family.headInsureeId).toBe(member.id);
    expect(setFamilyHead.family.members).toEqual([
      { id: member.id, isHead: true },
      { id: family.headInsureeId, isHead: false },
    ]);
    const again = (await service.data(SET_FAMILY_HEAD, { input: { familyId: family.id, insureeId: member.id } })).setFamilyHead;
    expect(codes(again)).toEqual(['FAMILY_ALREADY_HEAD']);
    const stranger = (await service.data(SET_FAMILY_HEAD, { input: { familyId: family.id, insureeId: (await createFamily()).family.headInsureeId } })).setFamilyHead;
    expect(codes(stranger)).toEqual(['FAMILY_HEAD_NOT_MEMBER']);

    const removed = (await service.data(REMOVE_INSUREES, { input: { insureeIds: [family.headInsureeId] } })).removeInsurees;
    expect(removed.errors).toEqual([]);
    expect(removed.insurees[0]).toMatchObject({ familyId: null, isHead: false });
  });

  it('moves a member to another family, not a head', async () => {
    const from = (await createFamily()).family;
    const to = (await createFamily({ villageId: places.village2.id })).family;
    const member = (await addMember(from.id)).insuree;
    const moved = (await service.data(MOVE_INSUREE, { input: { id: member.id, familyId: to.id } })).moveInsuree;
    expect(moved.errors).toEqual([]);
    expect(moved.insuree).toMatchObject({ familyId: to.id, isHead: false });
    const head = (await service.data(MOVE_INSUREE, { input: { id: from.headInsureeId, familyId: to.id } })).moveInsuree;
    expect(codes(head)).toEqual(['FAMILY_HEAD_CANNOT_BE_REMOVED']);
    const same = (await service.data(MOVE_INSUREE, { input: { id: member.id, familyId: to.id } })).moveInsuree;
    expect(codes(same)).toEqual(['INSUREE_ALREADY_IN_FAMILY']);
    const { family } = await service.data(FAMILY, { id: to.id });
    expect(family.members.map((m: { id: string }) => m.id).sort()).toEqual([to.headInsureeId, member.id].sort());
  });

  it('moving a family to another village moves its members with it', async () => {
    const { family } = await createFamily();
    const member = (await addMember(family.id)).insuree;
    const target = places.village3.id;
    const { updateFamily } = await service.data(UPDATE_FAMILY, { input: { id: family.id, villageId: target, address: 'Ward 4' } });
    expect(updateFamily.errors).toEqual([]);
    expect(updateFamily.family).toMatchObject({ villageId: target, address: 'Ward 4', version: 2 });
    const rows = await service.query('select family_village_id from insuree where family_id = $1', [family.id]);
    expect(rows).toEqual([{ family_village_id: target }, { family_village_id: target }]);
    expect(member.familyId).toBe(family.id);
  });

  it('changes status with a reason of the matching type', async () => {
    const { family } = await createFamily();
    const id = family.headInsureeId;
    const noReason = (await service.data(CHANGE_STATUS, { input: { id, status: 'DEAD' } })).changeInsureeStatus;
    expect(codes(noReason)).toEqual(['INSUREE_STATUS_REASON_REQUIRED']);
    const wrongType = (await service.data(CHANGE_STATUS, { input: { id, status: 'DEAD', reasonCode: 'MOV' } })).changeInsureeStatus;
    expect(codes(wrongType)).toEqual(['INSUREE_STATUS_REASON_WRONG_TYPE']);
    const dead = (await service.data(CHANGE_STATUS, { input: { id, status: 'DEAD', reasonCode: 'DTH', date: '2026-01-02' } })).changeInsureeStatus;
    expect(dead.insuree).toMatchObject({ status: 'DEAD', statusCode: 'DE', statusReason: 'DTH', statusDate: '2026-01-02' });
    const toInactive = (await service.data(CHANGE_STATUS, { input: { id, status: 'INACTIVE', reasonCode: 'MOV' } })).changeInsureeStatus;
    expect(codes(toInactive)).toEqual(['INSUREE_STATUS_DEAD_ONLY_TO_ACTIVE']);
  });

  it('deletes a family with its members, or leaving them without a family', async () => {
    const withMembers = (await createFamily()).family;
    const member = (await addMember(withMembers.id)).insuree;
    expect((await service.data(DELETE_FAMILY, { input: { id: withMembers.id, deleteMembers: true } })).deleteFamily.errors).toEqual([]);
    expect((await service.data(INSUREE, { id: member.id })).insuree).toBeNull();
    expect((await service.data(FAMILY, { id: withMembers.id })).family).toBeNull();

    const keepMembers = (await createFamily()).family;
    expect((await service.data(DELETE_FAMILY, { input: { id: keepMembers.id, deleteMembers: false } })).deleteFamily.errors).toEqual([]);
    expect((await service.data(INSUREE, { id: keepMembers.headInsureeId })).insuree).toMatchObject({ familyId: null, isHead: false, family: null });
  });
});
