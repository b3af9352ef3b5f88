import { Right, type RightCode } from '@imis/auth';
import { readEveryPage, type ServiceTestApp, stampCreationOrder, type TestAuthority, type TestUser } from '@imis/testing';
import {
  CATALOGUE_TABLES, CREATE_ITEM, createItem, createService, DELETE_ITEM, item, ITEM_FIELDS, outboxEvents, UPDATE_ITEM,
} from './support/catalogue-operations';
import { ADMINISTRATOR, startMedical } from './support/medical-service';

const ITEMS = `query($filter: MedicalItemFilterInput, $first: Int, $after: String) {
  medicalItems(filter: $filter, first: $first, after: $after) { totalCount edges { node { code } } pageInfo { hasNextPage endCursor } }
}`;

describe('medical service: items', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;

  beforeAll(async () => {
    ({ service, authority } = await startMedical());
  });

  afterAll(async () => {
    await service?.close();
  });

  it('creates an item with exact amounts, reads it back and records its full state in the outbox', async () => {
    const { createMedicalItem } = await service.data(CREATE_ITEM, {
      input: item(' PARA ', {
        name: 'Paracetamol 500mg', price: '0.1', frequency: 7, patientCategory: 12, maximumQuantity: 30,
        effectiveFrom: '2025-01-01', effectiveTo: '2030-12-31', package: 'box of 10', quantity: 10.5, clientMutationId: 'item-1',
      }),
    });
    expect(createMedicalItem).toEqual({
      item: {
        id: expect.any(String), code: 'PARA', name: 'Paracetamol 500mg', type: 'DRUG', price: '0.10', careType: 'BOTH', frequency: 7,
        patientCategory: 12, maximumQuantity: 30, effectiveFrom: '2025-01-01', effectiveTo: '2030-12-31', package: 'box of 10',
        quantity: 10.5, version: 1, changedBy: ADMINISTRATOR.id,
      },
      errors: [],
      clientMutationId: 'item-1',
    });
    const { id } = createMedicalItem.item;
    expect((await service.data(`query($id: ID!) { medicalItem(id: $id) { ${ITEM_FIELDS} } }`, { id })).medicalItem).toEqual(createMedicalItem.item);
    expect(await service.query('select price::text from medical_item where id = $1', [id])).toEqual([{ price: '0.10' }]);
    expect(await outboxEvents(service, id)).toEqual([
      {
        type: 'imis.medical.item.created.v1',
        data: {
          id, code: 'PARA', name: 'Paracetamol 500mg', type: 'D', price: '0.10', careType: 'B', frequency: 7, patientCategory: 12,
          maximumQuantity: 30, effectiveFrom: '2025-01-01', effectiveTo: '2030-12-31', package: 'box of 10', quantity: 10.5, version: 1,
        },
      },
    ]);
  });

  it('lists current items with filters, page by page', async () => {
    for (const code of ['FLT1', 'FLT2', 'FLT3']) await createItem(service, code, { name: `Filtered ${code}`, type: 'MEDICAL_CONSUMABLE' });
    await createItem(service, 'FLT4', { name: 'Filtered but in-patient', careType: 'IN_PATIENT' });
    const first = (await service.data(ITEMS, { filter: { name: 'filtered', type: 'MEDICAL_CONSUMABLE' }, first: 2 })).medicalItems;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((edge: { node: { code: string } }) => edge.node.code)).toEqual(['FLT1', 'FLT2']);
    const rest = (await service.data(ITEMS, { filter: { name: 'filtered', type: 'MEDICAL_CONSUMABLE' }, first: 2, after: first.pageInfo.endCursor })).medicalItems;
    expect(rest.edges.map((edge: { node: { code: string } }) => edge.node.code)).toEqual(['FLT3']);
    expect((await service.data(ITEMS, { filter: { code: 'FLT4', careType: 'IN_PATIENT' } })).medicalItems.totalCount).toBe(1);

    // Creation stamps, not ids, make the order.
    const ids = await service.query<{ id: string; code: string }>("select id, code from medical_item where code in ('FLT1', 'FLT2', 'FLT3') order by code desc");
    await stampCreationOrder(service, 'medical_item', ids.map((row) => row.id));
    const { nodes, pages } = await readEveryPage(
      async (after) => (await service.data(ITEMS, { filter: { name: 'filtered', type: 'MEDICAL_CONSUMABLE' }, first: 2, after })).medicalItems,
    );
    expect(nodes.map((node) => node.code)).toEqual(['FLT3', 'FLT2', 'FLT1']);
    expect(pages).toBe(2);
  });

  it('changes only the fields sent, refuses a stale version, and keeps every past version', async () => {
    const id = await createItem(service, 'UPD1', { package: 'bottle', maximumQuantity: 5, effectiveFrom: '2025-01-01' });
    const { updateMedicalItem } = await service.data(UPDATE_ITEM, { input: { id, version: 1, price: '12.5', package: null } });
    expect(updateMedicalItem.errors).toEqual([]);
    expect(updateMedicalItem.item).toMatchObject({ code: 'UPD1', price: '12.50', package: null, maximumQuantity: 5, effectiveFrom: '2025-01-01', version: 2 });
    const before2025 = (await service.data(UPDATE_ITEM, { input: { id, effectiveTo: '2024-12-31' } })).updateMedicalItem;
    expect(before2025.errors).toEqual([expect.objectContaining({ code: 'EFFECTIVE_DATES_INVALID', field: 'effectiveTo' })]);

    const stale = (await service.data(UPDATE_ITEM, { input: { id, version: 1, name: 'Late' } })).updateMedicalItem;
    expect(stale).toMatchObject({ item: null, errors: [{ code: 'VERSION_CONFLICT', field: 'version' }] });

    const unchanged = (await service.data(UPDATE_ITEM, { input: { id, price: '12.50' } })).updateMedicalItem;
    expect(unchanged.item.version).toBe(2);

    const history = (await service.data(`query($id: ID!) { medicalItemHistory(id: $id) { version price package validTo replacedBy } }`, { id })).medicalItemHistory;
    expect(history).toEqual([{ version: 1, price: '10.00', package: 'bottle', validTo: expect.any(String), replacedBy: ADMINISTRATOR.id }]);
    expect((await outboxEvents(service, id)).map((event) => [event.type, event.data.version, event.data.price])).toEqual([
      ['imis.medical.item.created.v1', 1, '10.00'],
      ['imis.medical.item.updated.v1', 2, '12.50'],
    ]);
  });

  it('refuses a code a current item has, on create and on update; a deleted item frees its code', async () => {
    const id = await createItem(service, 'DUP1');
    const otherId = await createItem(service, 'DUP2');
    const duplicate = (await service.data(CREATE_ITEM, { input: item('DUP1') })).createMedicalItem;
    expect(duplicate).toMatchObject({ item: null, errors: [{ code: 'MEDICAL_ITEM_CODE_TAKEN', field: 'code' }] });
    const renamed = (await service.data(UPDATE_ITEM, { input: { id: otherId, code: 'DUP1' } })).updateMedicalItem;
    expect(renamed.errors).toEqual([expect.objectContaining({ code: 'MEDICAL_ITEM_CODE_TAKEN' })]);

    expect((await service.data(DELETE_ITEM, { input: { id } })).deleteMedicalItem.errors).toEqual([]);
    expect((await service.data(CREATE_ITEM, { input: item('DUP1') })).createMedicalItem.errors).toEqual([]);
  });

  it('answers concurrent creations of one code with one item and MEDICAL_ITEM_CODE_TAKEN for the others, never a server error', async () => {
    const responses = await Promise.all(Array.from({ length: 6 }, () => service.graphql(CREATE_ITEM, { input: item('RACE') })));
    expect(responses.every((response) => response.errors === undefined)).toBe(true);
    const codes = responses.map((response) => response.data?.createMedicalItem.errors[0]?.code ?? 'CREATED').sort();
    expect(codes).toEqual(['CREATED', ...Array(5).fill('MEDICAL_ITEM_CODE_TAKEN')]);
    expect(await service.query(`select count(*)::int as count from medical_item where code = 'RACE'`)).toEqual([{ count: 1 }]);
  });

  it('refuses bad input with specific codes and writes nothing', async () => {
    const before = await service.counts(CATALOGUE_TABLES);
    const refusal = async (extra: Record<string, unknown>) =>
      (await service.data(CREATE_ITEM, { input: item('BAD', extra) })).createMedicalItem.errors.map((error: { code: string; field: string }) => `${error.code}@${error.field}`);
    expect(await refusal({ code: 'SEVENCH' })).toEqual(['MEDICAL_CODE_INVALID@code']);
    expect(await refusal({ price: '-1' })).toEqual(['PRICE_INVALID@price']);
    expect(await refusal({ quantity: -1, maximumQuantity: -0.5 })).toEqual(['QUANTITY_INVALID@maximumQuantity', 'QUANTITY_INVALID@quantity']);
    expect(await refusal({ frequency: 40000, patientCategory: 16 })).toEqual(['FREQUENCY_INVALID@frequency', 'PATIENT_CATEGORY_INVALID@patientCategory']);
    expect(await refusal({ effectiveFrom: '2025-02-01', effectiveTo: '2025-01-31' })).toEqual(['EFFECTIVE_DATES_INVALID@effectiveTo']);
    expect(await refusal({ name: 'x'.repeat(101) })).toEqual(['MEDICAL_NAME_INVALID@name']);
    const unknownCareType = await service.graphql(CREATE_ITEM, { input: item('BAD', { careType: 'SOMETIMES' }) });
    expect(unknownCareType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const moneyWithThreeDecimals = await service.graphql(CREATE_ITEM, { input: item('BAD', { price: '1.005' }) });
    expect(moneyWithThreeDecimals.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await service.counts(CATALOGUE_TABLES)).toEqual(before);
  });

  it('soft-deletes an item, unless a current package holds it', async () => {
    const id = await createItem(service, 'DEL1');
    const held = await createItem(service, 'DEL2');
    await createService(service, 'PKDEL', { packageType: 'PACKAGE_FIXED', packageLines: [{ itemId: held, quantity: 1 }] });

    const refused = (await service.data(DELETE_ITEM, { input: { id: held } })).deleteMedicalItem;
    expect(refused).toMatchObject({ item: null, errors: [{ code: 'MEDICAL_ITEM_IN_PACKAGE', field: 'id' }] });
    expect(refused.errors[0].message).toContain('PKDEL');

    expect((await service.data(DELETE_ITEM, { input: { id, version: 1 } })).deleteMedicalItem).toMatchObject({ item: { id }, errors: [] });
    expect((await service.data(`query($id: ID!) { medicalItem(id: $id) { id } }`, { id })).medicalItem).toBeNull();
    expect((await service.data(DELETE_ITEM, { input: { id } })).deleteMedicalItem.errors).toEqual([expect.objectContaining({ code: 'MEDICAL_ITEM_NOT_FOUND' })]);
    expect((await outboxEvents(service, id)).at(-1)).toEqual({ type: 'imis.medical.item.deleted.v1', data: { id, code: 'DEL1', version: 2 } });
  });

  describe('rights', () => {
    const bearer = async (rights: RightCode[]) => authority.headers({ id: '0190e0c0-0000-7000-8000-0000000000c1', username: 'clerk', rights } satisfies TestUser);

    it('needs 122101 to read, 122102 to add, 122103 to edit, 122104 to delete', async () => {
      const id = await createItem(service, 'RGT1');
      const before = await service.counts(CATALOGUE_TABLES);
      const forbidden = async (query: string, variables: Record<string, unknown>, right: RightCode) => {
        const others = Object.values(Right).filter((code) => code !== right);
        const response = await service.graphql(query, variables, await bearer(others));
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredRights: [right] });
      };
      await forbidden(ITEMS, {}, Right.MedicalItemSearch);
      await forbidden(CREATE_ITEM, { input: item('RGT2') }, Right.MedicalItemAdd);
      await forbidden(UPDATE_ITEM, { input: { id, name: 'Renamed' } }, Right.MedicalItemEdit);
      await forbidden(DELETE_ITEM, { input: { id } }, Right.MedicalItemDelete);
      expect(await service.counts(CATALOGUE_TABLES)).toEqual(before);

      const clerk = await bearer([Right.MedicalItemSearch, Right.MedicalItemAdd]);
      const created = (await service.data(CREATE_ITEM, { input: item('RGT3') }, clerk)).createMedicalItem;
      expect(created.item).toMatchObject({ code: 'RGT3', changedBy: '0190e0c0-0000-7000-8000-0000000000c1' });
    });
  });
});
