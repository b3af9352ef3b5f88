import { randomUUID } from 'crypto';
import { readListIds, reverseCreationOrder, type ServiceTestApp, type TestAuthority } from '@imis/testing';
import { insertEntry, seedPriceListPlaces, type PriceListPlaces } from './support/price-list-fixtures';
import { startMedical } from './support/medical-service';

const LIST = 'id kind name locationId date version';
const PAYLOAD = `priceList { ${LIST} } errors { code field }`;
const CREATE_ITEMS = `mutation($input: CreateItemsPriceListInput!) { createItemsPriceList(input: $input) { ${PAYLOAD} } }`;
const CREATE_SERVICES = `mutation($input: CreateServicesPriceListInput!) { createServicesPriceList(input: $input) { ${PAYLOAD} } }`;
const UPDATE_ITEMS = `mutation($input: UpdateItemsPriceListInput!) { updateItemsPriceList(input: $input) { ${PAYLOAD} } }`;
const DUPLICATE_ITEMS = `mutation($input: DuplicatePriceListInput!) { duplicateItemsPriceList(input: $input) { ${PAYLOAD} } }`;
const DELETE_SERVICES = `mutation($input: DeletePriceListInput!) { deleteServicesPriceList(input: $input) { ${PAYLOAD} } }`;
const ASSIGN = `mutation($input: AssignPriceListsInput!) {
  assignPriceLists(input: $input) {
    facilityPriceLists { healthFacilityId itemsPriceListId servicesPriceListId version itemsPriceList { name } healthFacility { id } }
    errors { code field }
  }
}`;
const ITEMS_LIST = `query($id: ID!, $first: Int, $after: String) {
  itemsPriceList(id: $id) {
    ${LIST}
    details(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { itemId serviceId price item { code price deleted } service { code } } } }
  }
}`;
const ITEMS_LISTS = `query($filter: PriceListFilterInput) { itemsPriceLists(filter: $filter, first: 100) { totalCount edges { node { id name } } } }`;
const ITEMS_HISTORY = `query($id: ID!) { itemsPriceListHistory(id: $id) { name version changedBy replacedBy details { itemId price } } }`;
const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on HealthFacility { id itemsPriceList { id name } servicesPriceList { id name } } }
}`;
const EFFECTIVE = `query($facility: ID!, $date: Date!, $itemCode: String, $serviceCode: String) {
  effectivePrice(healthFacilityId: $facility, date: $date, itemCode: $itemCode, serviceCode: $serviceCode) { price origin priceListId itemId serviceId refusal }
}`;

const ITEM_RIGHTS = [121301, 121302, 121303, 121304, 121305] as const;

interface OutboxEvent {
  type: string;
  subject: string;
  data: Record<string, unknown>;
}

describe('price lists', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;
  let places: PriceListPlaces;
  const items: Record<string, string> = {};
  const services: Record<string, string> = {};

  const outbox = async (subject: string): Promise<OutboxEvent[]> =>
    (await service.query<{ payload: OutboxEvent }>('select payload from outbox where payload->>$1 = $2 order by id', ['subject', subject])).map((row) => row.payload);

  async function createItems(input: Record<string, unknown>, headers?: Record<string, string>) {
    return (await service.data(CREATE_ITEMS, { input: { date: '2025-01-01', ...input } }, headers)).createItemsPriceList;
  }

  beforeAll(async () => {
    ({ service, authority } = await startMedical());
    places = await seedPriceListPlaces(service);
    items.i1 = await insertEntry(service, 'item', { code: 'I1', price: '100.00' });
    items.i2 = await insertEntry(service, 'item', { code: 'I2', price: '50.00' });
    items.i3 = await insertEntry(service, 'item', { code: 'I3', price: '20.00', effectiveFrom: '2025-03-01', effectiveTo: '2025-12-31' });
    items.i4 = await insertEntry(service, 'item', { code: 'I4', price: '10.00' });
    items.gone = await insertEntry(service, 'item', { code: 'IGONE', price: '5.00', deleted: true });
    services.s1 = await insertEntry(service, 'service', { code: 'S1', price: '300.00' });
  });

  afterAll(async () => {
    await service?.close();
  });

  describe('create and read', () => {
    it('creates a national list with overrides and pages through its rows, each with its item', async () => {
      const created = await createItems({
        name: ' National 2025 ',
        details: [
          { itemId: items.i1, price: '80' },
          { itemId: items.i2 },
          { itemId: items.i3, price: '0' },
        ],
      });
      expect(created).toMatchObject({ priceList: { kind: 'ITEMS', name: 'National 2025', locationId: null, date: '2025-01-01', version: 1 }, errors: [] });
      const id = created.priceList.id;

      const first = (await service.data(ITEMS_LIST, { id, first: 2 })).itemsPriceList.details;
      expect(first.totalCount).toBe(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = (await service.data(ITEMS_LIST, { id, first: 2, after: first.pageInfo.endCursor })).itemsPriceList.details;
      const rows = [...first.edges, ...rest.edges].map((edge: { node: Record<string, unknown> }) => edge.node);
      expect(rows).toHaveLength(3);
      expect(rows).toEqual(
        expect.arrayContaining([
          { itemId: items.i1, serviceId: null, price: '80.00', item: { code: 'I1', price: '100.00', deleted: false }, service: null },
          { itemId: items.i2, serviceId: null, price: null, item: { code: 'I2', price: '50.00', deleted: false }, service: null },
          { itemId: items.i3, serviceId: null, price: '0.00', item: { code: 'I3', price: '20.00', deleted: false }, service: null },
        ]),
      );

      const [event] = await outbox(id);
      expect(event.type).toBe('imis.medical.price-list.created.v1');
      expect(event.data).toMatchObject({ id, kind: 'ITEMS', name: 'National 2025', locationId: null, date: '2025-01-01', version: 1 });
      expect(event.data.details).toEqual(
        expect.arrayContaining([
          { itemId: items.i1, serviceId: null, price: '80.00' },
          { itemId: items.i2, serviceId: null, price: null },
          { itemId: items.i3, serviceId: null, price: '0.00' },
        ]),
      );
    });

    it("answers each row's item as the register's MedicalItem, a deleted one too (deleted: true)", async () => {
      const [kept, dropped] = [await insertEntry(service, 'item', { code: 'IKEEP', price: '3.00' }), await insertEntry(service, 'item', { code: 'IDROP', price: '4.00' })];
      const id = (await createItems({ name: 'Rows of the register', details: [{ itemId: kept }, { itemId: dropped, price: '2' }] })).priceList.id;
      await service.query(`update medical_item set deleted_at = now(), version = 2 where id = $1`, [dropped]);
      const rows = (await service.data(`query($id: ID!) {
        itemsPriceList(id: $id) { details { edges { node { price item { id code type version deleted } service { id } } } } }
      }`, { id })).itemsPriceList.details.edges.map((edge: { node: unknown }) => edge.node);
      expect(rows).toEqual(
        expect.arrayContaining([
          { price: null, item: { id: kept, code: 'IKEEP', type: 'DRUG', version: 1, deleted: false }, service: null },
          { price: '2.00', item: { id: dropped, code: 'IDROP', type: 'DRUG', version: 2, deleted: true }, service: null },
        ]),
      );
    });

    it('refuses bad rows, each with its code, and writes nothing', async () => {
      const before = await service.counts(['price_list', 'price_list_detail', 'outbox']);
      const refused = await createItems({
        name: 'Bad rows',
        details: [
          { itemId: items.i1, price: '1.00' },
          { itemId: items.i1 },
          { itemId: randomUUID() },
          { itemId: items.gone },
          { itemId: services.s1 },
          { itemId: items.i2, price: '-0.01' },
        ],
      });
      expect(refused).toEqual({
        priceList: null,
        errors: [
          { code: 'PRICE_LIST_DETAIL_DUPLICATE', field: 'details[1].itemId' },
          { code: 'PRICE_LIST_DETAIL_UNKNOWN', field: 'details[2].itemId' },
          { code: 'PRICE_LIST_DETAIL_DELETED', field: 'details[3].itemId' },
          { code: 'PRICE_LIST_DETAIL_WRONG_KIND', field: 'details[4].itemId' },
          { code: 'PRICE_LIST_DETAIL_PRICE_INVALID', field: 'details[5].price' },
        ],
      });
      expect(await service.counts(['price_list', 'price_list_detail', 'outbox'])).toEqual(before);
    });

    it('refuses a location that is not a current region or district, a blank name, and an amount that is not money', async () => {
      for (const locationId of [places.ward111.id, randomUUID()]) {
        expect((await createItems({ name: 'Ward list', locationId })).errors).toEqual([{ code: 'PRICE_LIST_LOCATION_INVALID', field: 'locationId' }]);
      }
      expect((await createItems({ name: '  ' })).errors).toEqual([{ code: 'PRICE_LIST_NAME_INVALID', field: 'name' }]);
      const notMoney = await service.graphql(CREATE_ITEMS, { input: { name: 'x', date: '2025-01-01', details: [{ itemId: items.i1, price: '1.005' }] } });
      expect(notMoney.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('update, duplicate, history', () => {
    it('changes only what is sent, replaces the rows when sent, and keeps each version with its rows', async () => {
      const { id } = (await createItems({ name: 'District list', locationId: places.district11.id, details: [{ itemId: items.i1, price: '10' }] })).priceList;
      const renamed = (await service.data(UPDATE_ITEMS, { input: { id, version: 1, name: 'District list 2025' } })).updateItemsPriceList;
      expect(renamed).toMatchObject({ priceList: { name: 'District list 2025', locationId: places.district11.id, date: '2025-01-01', version: 2 }, errors: [] });
      const replaced = (await service.data(UPDATE_ITEMS, { input: { id, details: [{ itemId: items.i2, price: '5.5' }] } })).updateItemsPriceList;
      expect(replaced).toMatchObject({ priceList: { name: 'District list 2025', version: 3 }, errors: [] });
      const stale = (await service.data(UPDATE_ITEMS, { input: { id, version: 2, name: 'Late' } })).updateItemsPriceList;
      expect(stale.errors).toEqual([{ code: 'VERSION_CONFLICT', field: 'version' }]);

      const rows = (await service.data(ITEMS_LIST, { id })).itemsPriceList.details.edges.map((edge: { node: { itemId: string; price: string } }) => edge.node);
      expect(rows).toEqual([expect.objectContaining({ itemId: items.i2, price: '5.50' })]);
      const history = (await service.data(ITEMS_HISTORY, { id })).itemsPriceListHistory;
      expect(history).toEqual([
        expect.objectContaining({ name: 'District list', version: 1, details: [{ itemId: items.i1, price: '10.00' }] }),
        expect.objectContaining({ name: 'District list 2025', version: 2, details: [{ itemId: items.i1, price: '10.00' }] }),
      ]);
      const updates = (await outbox(id)).filter((event) => event.type === 'imis.medical.price-list.updated.v1');
      expect(updates.map((event) => [event.data.version, event.data.details])).toEqual([
        [2, [{ itemId: items.i1, serviceId: null, price: '10.00' }]],
        [3, [{ itemId: items.i2, serviceId: null, price: '5.50' }]],
      ]);
    });

    it('pages the lists of a kind in creation order, whatever the order of their ids', async () => {
      const expected = await reverseCreationOrder(service, 'price_list', "kind = 'ITEMS' and deleted_at is null");
      expect(expected.length).toBeGreaterThan(2);
      const { ids, pages } = await readListIds(service, 'itemsPriceLists', 2);
      expect(ids).toEqual(expected);
      expect(pages).toBe(Math.ceil(expected.length / 2));
    });

    it('duplicates a list with its rows under a new name, location and date', async () => {
      const source = (await createItems({ name: 'Source', details: [{ itemId: items.i1, price: '7' }, { itemId: items.i4 }] })).priceList;
      const copy = (await service.data(DUPLICATE_ITEMS, { input: { id: source.id, name: 'Copy', locationId: places.region1.id, date: '2026-01-01' } }))
        .duplicateItemsPriceList;
      expect(copy).toMatchObject({ priceList: { name: 'Copy', locationId: places.region1.id, date: '2026-01-01', version: 1 }, errors: [] });
      expect(copy.priceList.id).not.toBe(source.id);
      const rows = (await service.data(ITEMS_LIST, { id: copy.priceList.id })).itemsPriceList.details.edges.map(
        (edge: { node: { itemId: string; price: string | null } }) => [edge.node.itemId, edge.node.price],
      );
      expect(rows).toEqual(expect.arrayContaining([[items.i1, '7.00'], [items.i4, null]]));
      expect(rows).toHaveLength(2);
      const [created] = await outbox(copy.priceList.id);
      expect((created.data.details as unknown[]).length).toBe(2);
      const unknown = (await service.data(DUPLICATE_ITEMS, { input: { id: randomUUID(), name: 'Copy' } })).duplicateItemsPriceList;
      expect(unknown.errors).toEqual([{ code: 'PRICE_LIST_NOT_FOUND', field: 'id' }]);
    });
  });

  describe('scope', () => {
    it("shows a district user national lists and those of its district and region, and none of another district's", async () => {
      const headers = await authority.headers({ rights: [...ITEM_RIGHTS], districtIds: [places.district11.id] });
      const national = (await createItems({ name: 'Scope national' })).priceList;
      const regional = (await createItems({ name: 'Scope region', locationId: places.region1.id })).priceList;
      const other = (await createItems({ name: 'Scope other district', locationId: places.district21.id })).priceList;
      const own = await createItems({ name: 'Scope own district', locationId: places.district11.id }, headers);
      expect(own).toMatchObject({ priceList: { locationId: places.district11.id }, errors: [] });

      const names = (await service.data(ITEMS_LISTS, { filter: { name: 'Scope' } }, headers)).itemsPriceLists.edges.map(
        (edge: { node: { name: string } }) => edge.node.name,
      );
      expect(names.sort()).toEqual(['Scope national', 'Scope own district', 'Scope region']);
      expect((await service.data(ITEMS_LIST, { id: other.id }, headers)).itemsPriceList).toBeNull();
      expect((await service.data(ITEMS_HISTORY, { id: other.id }, headers)).itemsPriceListHistory).toEqual([]);

      for (const id of [other.id, national.id, regional.id]) {
        const refused = (await service.data(UPDATE_ITEMS, { input: { id, name: 'Taken over' } }, headers)).updateItemsPriceList;
        expect(refused.errors).toEqual([{ code: 'PRICE_LIST_NOT_FOUND', field: 'id' }]);
      }
      for (const locationId of [places.district21.id, places.region1.id, null]) {
        expect((await createItems({ name: 'Elsewhere', locationId }, headers)).errors).toEqual([{ code: 'PRICE_LIST_LOCATION_INVALID', field: 'locationId' }]);
      }
      const copied = (await service.data(DUPLICATE_ITEMS, { input: { id: national.id, name: 'Scope copy', locationId: places.district11.id } }, headers))
        .duplicateItemsPriceList;
      expect(copied).toMatchObject({ priceList: { locationId: places.district11.id }, errors: [] });
    });

    it('needs the rights of the kind', async () => {
      const headers = await authority.headers({ rights: [121201], districtIds: [places.district11.id] });
      const response = await service.graphql(ITEMS_LISTS, {}, headers);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('assignment, federation and effective price', () => {
    let nationalItems: string;
    let regionServices: string;

    beforeAll(async () => {
      nationalItems = (
        await createItems({ name: 'Tariff items', details: [{ itemId: items.i1, price: '80' }, { itemId: items.i2 }, { itemId: items.i3, price: '15' }] })
      ).priceList.id;
      regionServices = (
        await service.data(CREATE_SERVICES, { input: { name: 'Tariff services R1', locationId: places.region1.id, date: '2025-01-01', details: [{ serviceId: services.s1 }] } })
      ).createServicesPriceList.priceList.id;
    });

    it('assigns lists whose location contains the facility, and the gateway reads them on HealthFacility', async () => {
      const assigned = (await service.data(ASSIGN, { input: { healthFacilityId: places.facility11, itemsPriceListId: nationalItems, servicesPriceListId: regionServices } }))
        .assignPriceLists;
      expect(assigned).toEqual({
        facilityPriceLists: {
          healthFacilityId: places.facility11,
          itemsPriceListId: nationalItems,
          servicesPriceListId: regionServices,
          version: 1,
          itemsPriceList: { name: 'Tariff items' },
          healthFacility: { id: places.facility11 },
        },
        errors: [],
      });
      const [event] = await outbox(places.facility11);
      expect(event).toMatchObject({
        type: 'imis.medical.facility-price-lists.assigned.v1',
        data: { healthFacilityId: places.facility11, itemsPriceListId: nationalItems, servicesPriceListId: regionServices, version: 1 },
      });

      const representations = [places.facility11, places.facility12].map((id) => ({ __typename: 'HealthFacility', id }));
      const { _entities } = await service.data(ENTITIES, { representations });
      expect(_entities).toEqual([
        { id: places.facility11, itemsPriceList: { id: nationalItems, name: 'Tariff items' }, servicesPriceList: { id: regionServices, name: 'Tariff services R1' } },
        { id: places.facility12, itemsPriceList: null, servicesPriceList: null },
      ]);
    });

    it('refuses a list of another kind or elsewhere, an unknown facility, and a facility out of scope', async () => {
      const region2 = (await createItems({ name: 'Region 2 items', locationId: places.region2.id })).priceList.id;
      const assign = async (input: Record<string, unknown>, headers?: Record<string, string>) =>
        (await service.data(ASSIGN, { input: { healthFacilityId: places.facility11, ...input } }, headers)).assignPriceLists;
      expect((await assign({ itemsPriceListId: region2 })).errors).toEqual([{ code: 'PRICE_LIST_LOCATION_MISMATCH', field: 'itemsPriceListId' }]);
      expect((await assign({ itemsPriceListId: regionServices, servicesPriceListId: randomUUID() })).errors).toEqual([
        { code: 'PRICE_LIST_WRONG_KIND', field: 'itemsPriceListId' },
        { code: 'PRICE_LIST_NOT_FOUND', field: 'servicesPriceListId' },
      ]);
      expect((await assign({ healthFacilityId: randomUUID(), itemsPriceListId: nationalItems })).errors).toEqual([
        { code: 'HEALTH_FACILITY_NOT_FOUND', field: 'healthFacilityId' },
      ]);
      const elsewhere = await authority.headers({ rights: [121103], districtIds: [places.district21.id] });
      expect((await assign({ itemsPriceListId: nationalItems }, elsewhere)).errors).toEqual([{ code: 'HEALTH_FACILITY_NOT_FOUND', field: 'healthFacilityId' }]);
      const moved = (await service.data(UPDATE_ITEMS, { input: { id: nationalItems, locationId: places.region2.id } })).updateItemsPriceList;
      expect(moved.errors).toEqual([{ code: 'PRICE_LIST_LOCATION_MISMATCH', field: 'locationId' }]);
    });

    it('prices an item by the override, by the register, or refuses it as not in the register or not in the price list', async () => {
      const price = async (variables: Record<string, unknown>) =>
        (await service.data(EFFECTIVE, { facility: places.facility11, date: '2025-06-01', ...variables })).effectivePrice;
      expect(await price({ itemCode: 'I1' })).toEqual({ price: '80.00', origin: 'PRICE_LIST', priceListId: nationalItems, itemId: items.i1, serviceId: null, refusal: null });
      expect(await price({ itemCode: 'I2' })).toEqual({ price: '50.00', origin: 'REGISTER', priceListId: nationalItems, itemId: items.i2, serviceId: null, refusal: null });
      expect(await price({ serviceCode: 'S1' })).toMatchObject({ price: '300.00', origin: 'REGISTER', priceListId: regionServices, serviceId: services.s1 });
      const refusal = async (variables: Record<string, unknown>) => (await price(variables)).refusal;
      expect(await refusal({ itemCode: 'I3', date: '2025-02-28' })).toBe('NOT_IN_REGISTER');
      expect(await refusal({ itemCode: 'NOPE' })).toBe('NOT_IN_REGISTER');
      expect(await refusal({ itemCode: 'IGONE' })).toBe('NOT_IN_REGISTER');
      expect(await refusal({ itemCode: 'I4' })).toBe('NOT_IN_PRICE_LIST');
      expect(await refusal({ itemCode: 'I1', date: '2024-12-31' })).toBe('NOT_IN_PRICE_LIST');
      expect(await refusal({ itemCode: 'I1', facility: places.facility12 })).toBe('NOT_IN_PRICE_LIST');
      expect(await price({ itemCode: 'I1', facility: randomUUID() })).toBeNull();

      const claims = await authority.headers({ rights: [111001], districtIds: [places.district21.id] });
      const outOfScope = await service.data(EFFECTIVE, { facility: places.facility11, date: '2025-06-01', itemCode: 'I1' }, claims);
      expect(outOfScope.effectivePrice).toBeNull();
      const both = await service.graphql(EFFECTIVE, { facility: places.facility11, date: '2025-06-01', itemCode: 'I1', serviceCode: 'S1' });
      expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('takes a deleted list away from its facilities in the same transaction, with their assignment events', async () => {
      const deleted = (await service.data(DELETE_SERVICES, { input: { id: regionServices, version: 1 } })).deleteServicesPriceList;
      expect(deleted).toMatchObject({ priceList: { id: regionServices }, errors: [] });
      const assignments = (await outbox(places.facility11)).map((event) => event.data);
      expect(assignments.at(-1)).toEqual({ healthFacilityId: places.facility11, itemsPriceListId: nationalItems, servicesPriceListId: null, version: 2 });
      expect((await outbox(regionServices)).at(-1)).toMatchObject({ type: 'imis.medical.price-list.deleted.v1', data: { id: regionServices, kind: 'SERVICES', version: 2 } });

      const { _entities } = await service.data(ENTITIES, { representations: [{ __typename: 'HealthFacility', id: places.facility11 }] });
      expect(_entities).toEqual([{ id: places.facility11, itemsPriceList: { id: nationalItems, name: 'Tariff items' }, servicesPriceList: null }]);
      const effective = await service.data(EFFECTIVE, { facility: places.facility11, date: '2025-06-01', serviceCode: 'S1' });
      expect(effective.effectivePrice.refusal).toBe('NOT_IN_PRICE_LIST');
      const again = (await service.data(DELETE_SERVICES, { input: { id: regionServices } })).deleteServicesPriceList;
      expect(again.errors).toEqual([{ code: 'PRICE_LIST_NOT_FOUND', field: 'id' }]);
    });
  });
});
