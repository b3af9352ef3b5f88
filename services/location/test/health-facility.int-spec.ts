import { type GraphQLData, readEveryPage, type ServiceTestApp, stampCreationOrder } from '@imis/testing';
import {
  CREATE_HEALTH_FACILITY,
  CREATE_LOCATION,
  DELETE_HEALTH_FACILITY,
  DELETE_LOCATION,
  HEALTH_FACILITY_FIELDS,
  UPDATE_HEALTH_FACILITY,
} from './support/location-operations';
import { ADMINISTRATOR, LOCATION_TABLES, startLocation } from './support/location-service';

describe('location service: health facilities', () => {
  let service: ServiceTestApp;
  let districtId: string;
  let otherDistrictId: string;
  let facilityId: string;

  const createDistrict = async (code: string, regionId: string) =>
    (await service.data(CREATE_LOCATION, { input: { code, name: `District ${code}`, type: 'DISTRICT', parentId: regionId } })).createLocation
      .location.id as string;

  beforeAll(async () => {
    ({ service } = await startLocation());
    const regionId = (await service.data(CREATE_LOCATION, { input: { code: 'R1', name: 'North', type: 'REGION' } })).createLocation.location.id;
    districtId = await createDistrict('D1', regionId);
    otherDistrictId = await createDistrict('D2', regionId);
  });

  afterAll(async () => {
    await service?.close();
  });

  it('creates a health facility in a district and reads it back with its openIMIS codes', async () => {
    const { createHealthFacility } = await service.data(CREATE_HEALTH_FACILITY, {
      input: {
        code: 'HF001', name: 'Lakeside Hospital', legalForm: 'GOVERNMENT', level: 'HOSPITAL', subLevel: 'REFERENCE', careType: 'BOTH',
        districtId, email: 'hf@example.org', phone: '+255 22 000', contractStartDate: '2025-01-01', contractEndDate: '2025-12-31',
      },
    });
    expect(createHealthFacility.errors).toEqual([]);
    expect(createHealthFacility.healthFacility).toMatchObject({
      code: 'HF001', legalForm: 'GOVERNMENT', legalFormCode: 'G', level: 'HOSPITAL', levelCode: 'H', subLevel: 'REFERENCE', subLevelCode: 'R',
      careType: 'BOTH', careTypeCode: 'B', status: 'ACTIVE', statusCode: 'AC', offline: false, address: null,
      contractStartDate: '2025-01-01', contractEndDate: '2025-12-31', version: 1, changedBy: ADMINISTRATOR.id,
      district: { id: districtId, code: 'D1', type: 'DISTRICT' },
    });
    facilityId = createHealthFacility.healthFacility.id;

    const read = await service.data(`{ healthFacility(id: "${facilityId}") { ${HEALTH_FACILITY_FIELDS} } }`);
    expect(read.healthFacility).toMatchObject({ id: facilityId, email: 'hf@example.org', districtId });
  });

  it('lists facilities with filters, loading their districts in one batch', async () => {
    await service.data(CREATE_HEALTH_FACILITY, {
      input: { code: 'HF002', name: 'Hills Dispensary', legalForm: 'PRIVATE', level: 'DISPENSARY', careType: 'OUT_PATIENT', districtId: otherDistrictId },
    });
    const list = async (filter: Record<string, unknown>) =>
      (await service.data(`query ($filter: HealthFacilityFilterInput) {
        healthFacilities(filter: $filter) { totalCount edges { node { code district { code } } } }
      }`, { filter })).healthFacilities;
    expect((await list({})).edges.map((edge: GraphQLData) => [edge.node.code, edge.node.district.code])).toEqual([['HF001', 'D1'], ['HF002', 'D2']]);
    expect((await list({ level: 'DISPENSARY' })).totalCount).toBe(1);
    expect((await list({ careType: 'BOTH', districtId })).edges[0].node.code).toBe('HF001');
    expect((await list({ name: 'hospital' })).totalCount).toBe(1);
    expect((await list({ code: 'HF002' })).totalCount).toBe(1);

    const [second] = await service.query<{ id: string }>("select id from health_facility where code = 'HF002'");
    await stampCreationOrder(service, 'health_facility', [second.id, facilityId]);
    const { nodes, pages } = await readEveryPage(
      async (after) => (await service.data(`query ($after: String) { healthFacilities(first: 1, after: $after) { edges { node { code } } pageInfo { hasNextPage endCursor } } }`, { after })).healthFacilities,
    );
    expect(nodes.map((node) => node.code)).toEqual(['HF002', 'HF001']);
    expect(pages).toBe(2);
  });

  it('keeps the previous version on update and leaves unsent fields alone', async () => {
    const { updateHealthFacility } = await service.data(UPDATE_HEALTH_FACILITY, {
      input: { id: facilityId, name: 'Lakeside Referral Hospital', status: 'IDLE', districtId: otherDistrictId },
    });
    expect(updateHealthFacility.errors).toEqual([]);
    expect(updateHealthFacility.healthFacility).toMatchObject({
      name: 'Lakeside Referral Hospital', status: 'IDLE', statusCode: 'ID', districtId: otherDistrictId,
      email: 'hf@example.org', contractEndDate: '2025-12-31', version: 2,
    });
    const { healthFacilityHistory } = await service.data(`{
      healthFacilityHistory(id: "${facilityId}") { version name statusCode districtId contractStartDate changedBy validTo }
    }`);
    expect(healthFacilityHistory).toEqual([
      expect.objectContaining({ version: 1, name: 'Lakeside Hospital', statusCode: 'AC', districtId, contractStartDate: '2025-01-01', changedBy: ADMINISTRATOR.id }),
    ]);
  });

  it('refuses an update that breaks the contract dates, writing nothing', async () => {
    const before = await service.counts(LOCATION_TABLES);
    const { updateHealthFacility } = await service.data(UPDATE_HEALTH_FACILITY, { input: { id: facilityId, contractEndDate: '2024-12-31' } });
    expect(updateHealthFacility.errors).toEqual([expect.objectContaining({ code: 'HEALTH_FACILITY_CONTRACT_DATES_INVALID', field: 'contractEndDate' })]);
    expect(await service.counts(LOCATION_TABLES)).toEqual(before);
  });

  it('refuses to delete a district that still has health facilities', async () => {
    const { deleteLocation } = await service.data(DELETE_LOCATION, { input: { id: otherDistrictId } });
    expect(deleteLocation.errors).toEqual([expect.objectContaining({ code: 'LOCATION_HAS_HEALTH_FACILITIES' })]);
  });

  it('deletes a health facility softly and frees its code', async () => {
    const { deleteHealthFacility } = await service.data(DELETE_HEALTH_FACILITY, { input: { id: facilityId } });
    expect(deleteHealthFacility).toEqual({ healthFacility: { id: facilityId, version: 3 }, errors: [] });
    expect((await service.data(`{ healthFacility(id: "${facilityId}") { id } }`)).healthFacility).toBeNull();
    const again = await service.data(DELETE_HEALTH_FACILITY, { input: { id: facilityId } });
    expect(again.deleteHealthFacility.errors[0].code).toBe('HEALTH_FACILITY_NOT_FOUND');
    const reused = await service.data(CREATE_HEALTH_FACILITY, {
      input: { code: 'HF001', name: 'New', legalForm: 'CHARITY', level: 'HEALTH_CENTRE', careType: 'IN_PATIENT', districtId },
    });
    expect(reused.createHealthFacility.errors).toEqual([]);
  });

  it('publishes the facility events with their data', async () => {
    const events = (await service.publishedEvents(await service.count('outbox'))).filter((event) => event.type.includes('health-facility'));
    expect(events.map((event) => event.type)).toEqual([
      'imis.location.health-facility.created.v1',
      'imis.location.health-facility.created.v1',
      'imis.location.health-facility.updated.v1',
      'imis.location.health-facility.deleted.v1',
      'imis.location.health-facility.created.v1',
    ]);
    expect(events[0].data).toEqual({
      id: facilityId, code: 'HF001', name: 'Lakeside Hospital', legalForm: 'G', level: 'H', subLevel: 'R', careType: 'B', districtId,
      address: null, phone: '+255 22 000', fax: null, email: 'hf@example.org', accountingCode: null,
      contractStartDate: '2025-01-01', contractEndDate: '2025-12-31', status: 'AC', offline: false, version: 1,
    });
    expect(events[3]).toMatchObject({ subjectId: facilityId, data: { id: facilityId, code: 'HF001', districtId: otherDistrictId, version: 3 } });
  });
});
