import { randomUUID } from 'node:crypto';
import { Right, type RightCode } from '@imis/auth';
import type { ServiceTestApp, TestAuthority } from '@imis/testing';
import {
  CATALOGUE_TABLES, CREATE_SERVICE, createItem, createService, DELETE_ITEM, DELETE_SERVICE, outboxEvents, service as serviceInput, SERVICE_FIELDS, UPDATE_SERVICE,
} from './support/catalogue-operations';
import { CatalogueQueries } from '../src/modules/catalogue';
import { ADMINISTRATOR, startMedical } from './support/medical-service';

const SERVICES = `query($filter: MedicalServiceFilterInput) {
  medicalServices(filter: $filter) { totalCount edges { node { ${SERVICE_FIELDS} } } }
}`;
const errorsOf = (payload: { errors: { code: string; field: string }[] }) => payload.errors.map((error) => `${error.code}@${error.field}`);

describe('medical service: services and packages', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;
  let syringeId: string;
  let bandageId: string;
  let consultationId: string;

  beforeAll(async () => {
    ({ service, authority } = await startMedical());
    syringeId = await createItem(service, 'SYR', { name: 'Syringe', type: 'MEDICAL_CONSUMABLE', price: '0.5' });
    bandageId = await createItem(service, 'BAND', { name: 'Bandage', type: 'MEDICAL_CONSUMABLE' });
    consultationId = await createService(service, 'CONS', { name: 'Consultation', category: 'CONSULTATION' });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('creates a package of items and services and reads its lines with their items and services', async () => {
    const { createMedicalService } = await service.data(CREATE_SERVICE, {
      input: serviceInput('DELIV', {
        name: 'Normal delivery', level: 'DAY_OF_STAY', category: 'DELIVERY', price: '150', careType: 'IN_PATIENT', packageType: 'PACKAGE_FIXED',
        packageLines: [{ itemId: syringeId, quantity: 2, price: '0.4' }, { serviceId: consultationId, quantity: 1 }],
      }),
    });
    expect(createMedicalService.errors).toEqual([]);
    expect(createMedicalService.service).toMatchObject({
      code: 'DELIV', level: 'DAY_OF_STAY', category: 'DELIVERY', price: '150.00', manualPrice: false, packageType: 'PACKAGE_FIXED', version: 1,
      packageLines: [
        { itemId: syringeId, serviceId: null, quantity: 2, price: '0.40', item: { id: syringeId, code: 'SYR', name: 'Syringe' }, service: null },
        { itemId: null, serviceId: consultationId, quantity: 1, price: null, item: null, service: { id: consultationId, code: 'CONS', name: 'Consultation' } },
      ],
    });
    const id = createMedicalService.service.id;
    expect((await service.data(`query($id: ID!) { medicalService(id: $id) { ${SERVICE_FIELDS} } }`, { id })).medicalService).toEqual(createMedicalService.service);
    expect(await outboxEvents(service, id)).toEqual([
      {
        type: 'imis.medical.service.created.v1',
        data: expect.objectContaining({
          id, code: 'DELIV', type: 'C', level: 'D', category: 'D', price: '150.00', careType: 'I', manualPrice: false, packageType: 'F', version: 1,
          packageLines: [
            { itemId: syringeId, serviceId: null, quantity: 2, price: '0.40' },
            { itemId: null, serviceId: consultationId, quantity: 1, price: null },
          ],
        }),
      },
    ]);
  });

  it('lists packages with the lines of the whole page (one batch per kind)', async () => {
    await createService(service, 'PKL1', { packageType: 'PACKAGE_SUM', packageLines: [{ itemId: bandageId, quantity: 3 }] });
    await createService(service, 'PKL2', { packageType: 'PACKAGE_SUM', packageLines: [{ itemId: bandageId, quantity: 1 }, { serviceId: consultationId, quantity: 1 }] });
    const queries = service.app.get(CatalogueQueries);
    const itemBatches = jest.spyOn(queries, 'itemsByIds');
    const serviceBatches = jest.spyOn(queries, 'servicesByIds');
    const { medicalServices } = await service.data(SERVICES, { filter: { packageType: 'PACKAGE_SUM' } });
    expect(medicalServices.totalCount).toBe(2);
    expect(itemBatches.mock.calls).toEqual([[[bandageId]]]);
    expect(serviceBatches.mock.calls).toEqual([[[consultationId]]]);
    itemBatches.mockRestore();
    serviceBatches.mockRestore();
    expect(medicalServices.edges.map((edge: { node: { packageLines: { item: { code: string } | null; service: { code: string } | null }[] } }) =>
      edge.node.packageLines.map((line) => line.item?.code ?? line.service?.code))).toEqual([['BAND'], ['BAND', 'CONS']]);
  });

  it('refuses a package that would contain itself, directly or through another package, and writes nothing', async () => {
    const a = await createService(service, 'CYC_A', { packageType: 'PACKAGE_SUM', packageLines: [{ itemId: syringeId, quantity: 1 }] });
    const b = await createService(service, 'CYC_B', { packageType: 'PACKAGE_SUM', packageLines: [{ serviceId: a, quantity: 1 }] });
    const before = await service.counts(CATALOGUE_TABLES);

    const direct = (await service.data(UPDATE_SERVICE, { input: { id: a, packageLines: [{ serviceId: a, quantity: 1 }] } })).updateMedicalService;
    expect(errorsOf(direct)).toEqual(['PACKAGE_CYCLE@packageLines.0']);
    const through = (await service.data(UPDATE_SERVICE, {
      input: { id: a, packageLines: [{ itemId: syringeId, quantity: 1 }, { serviceId: b, quantity: 1 }] },
    })).updateMedicalService;
    expect(errorsOf(through)).toEqual(['PACKAGE_CYCLE@packageLines.1']);
    expect(through.errors[0].message).toContain('CYC_A → CYC_B → CYC_A');
    expect(await service.counts(CATALOGUE_TABLES)).toEqual(before);
  });

  it('lets only one of two concurrent changes close a cycle', async () => {
    const a = await createService(service, 'RC_A', { packageType: 'PACKAGE_SUM', packageLines: [{ itemId: syringeId, quantity: 1 }] });
    const b = await createService(service, 'RC_B', { packageType: 'PACKAGE_SUM', packageLines: [{ itemId: syringeId, quantity: 1 }] });
    const [toB, toA] = await Promise.all([
      service.data(UPDATE_SERVICE, { input: { id: a, packageLines: [{ serviceId: b, quantity: 1 }] } }),
      service.data(UPDATE_SERVICE, { input: { id: b, packageLines: [{ serviceId: a, quantity: 1 }] } }),
    ]);
    const codes = [toB.updateMedicalService, toA.updateMedicalService].map((payload) => payload.errors[0]?.code ?? 'CHANGED').sort();
    expect(codes).toEqual(['CHANGED', 'PACKAGE_CYCLE']);
  });

  it('refuses package lines on a single service, lines naming unknown or deleted entries, and repeated lines', async () => {
    const goneId = await createItem(service, 'GONE');
    await service.data(DELETE_ITEM, { input: { id: goneId } });
    const before = await service.counts(CATALOGUE_TABLES);
    const create = async (extra: Record<string, unknown>) => errorsOf((await service.data(CREATE_SERVICE, { input: serviceInput('BADPK', extra) })).createMedicalService);

    expect(await create({ packageLines: [{ itemId: syringeId, quantity: 1 }] })).toEqual(['PACKAGE_LINES_NOT_ALLOWED@packageLines']);
    expect(await create({ packageType: 'PACKAGE_SUM' })).toEqual(['PACKAGE_LINES_REQUIRED@packageLines']);
    expect(await create({ packageType: 'PACKAGE_SUM', packageLines: [{ itemId: goneId, quantity: 1 }, { serviceId: randomUUID(), quantity: 1 }] })).toEqual([
      'PACKAGE_LINE_UNKNOWN@packageLines.0', 'PACKAGE_LINE_UNKNOWN@packageLines.1',
    ]);
    expect(await create({
      packageType: 'PACKAGE_SUM',
      packageLines: [{ itemId: syringeId, quantity: 1 }, { itemId: syringeId, quantity: -2 }, { itemId: bandageId, serviceId: consultationId, quantity: 1, price: '-3' }],
    })).toEqual([
      'PACKAGE_LINE_DUPLICATE@packageLines.1', 'PACKAGE_LINE_QUANTITY_INVALID@packageLines.1.quantity',
      'PACKAGE_LINE_INVALID@packageLines.2', 'PRICE_INVALID@packageLines.2.price',
    ]);
    expect(await create({ code: 'TOOLONG', price: '-5', category: null })).toEqual(['MEDICAL_CODE_INVALID@code', 'PRICE_INVALID@price']);
    expect((await service.graphql(CREATE_SERVICE, { input: serviceInput('BADPK', { category: 'BIRTHDAY' }) })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await service.counts(CATALOGUE_TABLES)).toEqual(before);
  });

  it('changes a package, keeps its past lines in history, and refuses a code another current service has', async () => {
    const id = await createService(service, 'HIST', { packageType: 'PACKAGE_SUM', packageLines: [{ itemId: syringeId, quantity: 1 }] });
    const { updateMedicalService } = await service.data(UPDATE_SERVICE, {
      input: { id, version: 1, manualPrice: true, packageType: 'SINGLE', packageLines: [] },
    });
    expect(updateMedicalService).toMatchObject({ errors: [], service: { manualPrice: true, packageType: 'SINGLE', packageLines: [], version: 2 } });
    const history = (await service.data(`query($id: ID!) {
      medicalServiceHistory(id: $id) { version packageType packageLines { quantity item { code } } replacedBy }
    }`, { id })).medicalServiceHistory;
    expect(history).toEqual([{ version: 1, packageType: 'PACKAGE_SUM', packageLines: [{ quantity: 1, item: { code: 'SYR' } }], replacedBy: ADMINISTRATOR.id }]);
    expect((await outboxEvents(service, id)).at(-1)).toMatchObject({ type: 'imis.medical.service.updated.v1', data: { version: 2, packageType: 'S', packageLines: [] } });

    const taken = (await service.data(UPDATE_SERVICE, { input: { id, code: 'CONS' } })).updateMedicalService;
    expect(errorsOf(taken)).toEqual(['MEDICAL_SERVICE_CODE_TAKEN@code']);
  });

  it('soft-deletes a service unless a current package holds it', async () => {
    const held = await createService(service, 'HELD');
    const holder = await createService(service, 'HOLDER', { packageType: 'PACKAGE_FIXED', packageLines: [{ serviceId: held, quantity: 1 }] });
    expect(errorsOf((await service.data(DELETE_SERVICE, { input: { id: held } })).deleteMedicalService)).toEqual(['MEDICAL_SERVICE_IN_PACKAGE@id']);

    expect((await service.data(DELETE_SERVICE, { input: { id: holder } })).deleteMedicalService.errors).toEqual([]);
    expect((await service.data(DELETE_SERVICE, { input: { id: held } })).deleteMedicalService.errors).toEqual([]);
    expect((await service.data(`query($id: ID!) { medicalService(id: $id) { id } }`, { id: held })).medicalService).toBeNull();
    expect((await outboxEvents(service, held)).at(-1)).toEqual({ type: 'imis.medical.service.deleted.v1', data: { id: held, code: 'HELD', version: 2 } });
  });

  it('needs 121401 to read, 121402 to add, 121403 to edit, 121404 to delete', async () => {
    const before = await service.counts(CATALOGUE_TABLES);
    const forbidden = async (query: string, variables: Record<string, unknown>, right: RightCode) => {
      const others = Object.values(Right).filter((code) => code !== right);
      const response = await service.graphql(query, variables, await authority.headers({ id: '0190e0c0-0000-7000-8000-0000000000c2', rights: others }));
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredRights: [right] });
    };
    await forbidden(SERVICES, {}, Right.MedicalServiceSearch);
    await forbidden(CREATE_SERVICE, { input: serviceInput('RGT') }, Right.MedicalServiceAdd);
    await forbidden(UPDATE_SERVICE, { input: { id: consultationId, name: 'Renamed' } }, Right.MedicalServiceEdit);
    await forbidden(DELETE_SERVICE, { input: { id: consultationId } }, Right.MedicalServiceDelete);
    expect(await service.counts(CATALOGUE_TABLES)).toEqual(before);
  });
});
