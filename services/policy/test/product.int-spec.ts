import { Right } from '@imis/auth';
import { readEveryPage, type ServiceTestApp, stampCreationOrder, type TestAuthority } from '@imis/testing';
import { lineInput, productInput, seedCatalogue, seedProductPlaces, type Catalogue, type ProductPlaces } from './support/product-fixtures';
import { startPolicy } from './support/policy-service';

const PRODUCT_FIELDS = `id code name locationId dateFrom dateTo conversionProductId insurancePeriod memberCount threshold lumpSum premiumAdult
  premiumChild startCycles ceilingType ceilingInterpretation version changedBy
  deductible { general inPatient outPatient } ceiling { general inPatient outPatient }
  categoryLimits { surgery { maxCount maxAmount } consultation { maxCount maxAmount } }
  relativePrices { period periodInPatient periodOutPatient distribution { careType period percent } }
  capitation { levels { level subLevel } shareWeights { population visits families } }
  accountCodes { contribution remuneration }
  itemLines { itemId priceOrigin limits { normal { limitationType adult child } } limitCountAdult item { id code deleted } }
  serviceLines { serviceId service { id code } }`;
const PAYLOAD = `product { ${PRODUCT_FIELDS} } errors { code field } clientMutationId`;
const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { ${PAYLOAD} } }`;
const UPDATE = `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { ${PAYLOAD} } }`;
const DUPLICATE = `mutation($input: DuplicateProductInput!) { duplicateProduct(input: $input) { ${PAYLOAD} } }`;
const DELETE = `mutation($input: DeleteProductInput!) { deleteProduct(input: $input) { product { id version } errors { code field } } }`;
const PRODUCT = `query($id: ID!) { product(id: $id) { ${PRODUCT_FIELDS} } }`;
const PRODUCTS = `query($filter: ProductFilterInput, $first: Int, $after: String) {
  products(filter: $filter, first: $first, after: $after) { totalCount edges { node { code } } pageInfo { hasNextPage endCursor } }
}`;
const HISTORY = `query($id: ID!) { productHistory(id: $id) { version code name premiumAdult validTo replacedBy itemLines { itemId } serviceLines { serviceId } } }`;
const WRITTEN = ['product', 'history', 'outbox'];

interface OutboxEvent {
  type: string;
  subject: string;
  data: Record<string, unknown>;
}

describe('products', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;
  let places: ProductPlaces;
  let catalogue: Catalogue;
  const outbox = async (subject: string): Promise<OutboxEvent[]> =>
    (await service.query<{ payload: OutboxEvent }>('select payload from outbox where payload->>$1 = $2 order by id', ['subject', subject])).map((row) => row.payload);

  beforeAll(async () => {
    ({ service, authority } = await startPolicy());
    places = await seedProductPlaces(service);
    catalogue = await seedCatalogue(service);
  });

  afterAll(async () => {
    await service?.close();
  });

  const create = async (code: string, change: Record<string, unknown> = {}, headers?: Record<string, string>) =>
    (await service.data(CREATE, { input: productInput(code, change) }, headers)).createProduct;

  it('creates a product with its lines, every field as sent, and its created event with the full state', async () => {
    const sent = {
      itemLines: [lineInput({ itemId: catalogue.items[0] }), lineInput({ itemId: catalogue.items[1] })],
      serviceLines: [lineInput({ serviceId: catalogue.services[0] })],
      clientMutationId: 'create-basic',
    };
    const result = await create('BASIC', sent);
    expect(result.errors).toEqual([]);
    expect(result.clientMutationId).toBe('create-basic');
    const product = result.product;
    expect(product).toMatchObject({
      code: 'BASIC',
      locationId: null,
      lumpSum: '10000.00',
      premiumAdult: '1500.50',
      premiumChild: '0.00',
      startCycles: ['01-01', '01-07'],
      ceilingType: 'P',
      ceilingInterpretation: 'I',
      deductible: { general: '100.00', inPatient: null, outPatient: null },
      ceiling: { general: null, inPatient: '50000.00', outPatient: '20000.00' },
      categoryLimits: { surgery: { maxCount: 2, maxAmount: '30000.00' }, consultation: { maxCount: null, maxAmount: null } },
      relativePrices: { period: null, periodInPatient: 'Q', distribution: expect.arrayContaining([{ careType: 'I', period: 4, percent: 25 }]) },
      capitation: { levels: [{ level: 'H', subLevel: 'R' }], shareWeights: { population: 50, visits: 50, families: 0 } },
      accountCodes: { contribution: 'ACC-1', remuneration: null },
      version: 1,
    });
    expect(product.itemLines).toEqual([
      { itemId: catalogue.items[0], priceOrigin: 'P', limits: { normal: { limitationType: 'C', adult: 100, child: 80 } }, limitCountAdult: 2, item: { id: catalogue.items[0], code: 'I1', deleted: false } },
      { itemId: catalogue.items[1], priceOrigin: 'P', limits: { normal: { limitationType: 'C', adult: 100, child: 80 } }, limitCountAdult: 2, item: { id: catalogue.items[1], code: 'I2', deleted: false } },
    ]);
    expect(product.serviceLines).toEqual([{ serviceId: catalogue.services[0], service: { id: catalogue.services[0], code: 'S1' } }]);
    expect((await service.data(PRODUCT, { id: product.id })).product).toEqual(product);

    const [event] = await outbox(product.id);
    expect(event.type).toBe('imis.policy.product.created.v1');
    expect(event.data).toMatchObject({ id: product.id, code: 'BASIC', lumpSum: '10000.00', version: 1, serviceLines: [expect.objectContaining({ serviceId: catalogue.services[0], itemId: null })] });
    expect(event.data.itemLines).toHaveLength(2);
    const published = await service.publishedEvents(1);
    expect(published.some((e) => e.subjectId === product.id && e.type === 'imis.policy.product.created.v1')).toBe(true);

    const retry = await create('BASIC', sent);
    expect(retry.product.id).toBe(product.id);
  });

  it.each([
    ['a sale window ending before it starts', { dateFrom: '2025-06-01', dateTo: '2025-05-31' }, [{ code: 'PRODUCT_SALE_WINDOW_INVALID', field: 'dateTo' }]],
    ['a zero insurance period and a negative grace period', { insurancePeriod: 0, gracePeriodPayment: -1 }, [
      { code: 'PRODUCT_INSURANCE_PERIOD_INVALID', field: 'insurancePeriod' },
      { code: 'PRODUCT_PERIOD_INVALID', field: 'gracePeriodPayment' },
    ]],
    ['an impossible, a duplicate cycle start', { startCycles: ['29-02', '01-01', '01-01'] }, [
      { code: 'PRODUCT_START_CYCLE_INVALID', field: 'startCycles.0' },
      { code: 'PRODUCT_START_CYCLE_DUPLICATE', field: 'startCycles.2' },
    ]],
    ['a threshold above the member count', { threshold: 7 }, [{ code: 'PRODUCT_THRESHOLD_INVALID', field: 'threshold' }]],
    ['negative amounts', { premiumChild: '-1', ceiling: { inPatient: '-5' } }, [
      { code: 'PRODUCT_AMOUNT_INVALID', field: 'premiumChild' },
      { code: 'PRODUCT_AMOUNT_INVALID', field: 'ceiling.inPatient' },
    ]],
    ['a discount without its period', { renewalDiscountPercent: 10 }, [{ code: 'PRODUCT_DISCOUNT_INCOMPLETE', field: 'renewalDiscountPeriod' }]],
    ['an incomplete distribution over 100 %', { relativePrices: { periodInPatient: 'Q', distribution: [{ careType: 'I', period: 1, percent: 60 }, { careType: 'I', period: 2, percent: 60 }] } }, [
      { code: 'PRODUCT_DISTRIBUTION_PERCENT_INVALID', field: 'relativePrices.distribution.I' },
      { code: 'PRODUCT_DISTRIBUTION_INCOMPLETE', field: 'relativePrices.distribution.I' },
    ]],
    ['a code too long', { code: 'TOOLONGCODE' }, [{ code: 'PRODUCT_CODE_INVALID', field: 'code' }]],
    ['a location that is a ward', 'ward', [{ code: 'PRODUCT_LOCATION_INVALID', field: 'locationId' }]],
    ['an unknown conversion product', { conversionProductId: '0190e0c0-0000-7000-8000-000000000001' }, [{ code: 'PRODUCT_CONVERSION_INVALID', field: 'conversionProductId' }]],
  ])('refuses %s and writes nothing', async (_case, change, errors) => {
    const input = change === 'ward' ? { locationId: places.ward111.id } : change;
    const before = await service.counts(WRITTEN);
    const result = await create('BAD', input as Record<string, unknown>);
    expect(result).toEqual({ product: null, errors, clientMutationId: null });
    expect(await service.counts(WRITTEN)).toEqual(before);
  });

  it('refuses lines naming unknown or deleted items and services, ambiguous lines, duplicates and bad limits, each under its path', async () => {
    const before = await service.counts(WRITTEN);
    const result = await create('LINES', {
      itemLines: [
        lineInput({ itemId: catalogue.items[0] }),
        lineInput({ itemId: '0190e0c0-0000-7000-8000-0000000000ff' }),
        lineInput({ itemId: catalogue.deletedItem }),
        lineInput({ itemId: catalogue.items[0] }),
        lineInput({ itemId: catalogue.items[1], serviceId: catalogue.services[0] }),
      ],
      serviceLines: [
        lineInput({ serviceId: catalogue.items[1] }),
        lineInput({ serviceId: catalogue.services[1] }, { limits: { normal: { limitationType: 'C', adult: 120, child: 0 }, emergency: { limitationType: 'F', adult: 5, child: -1 }, referral: { limitationType: 'F', adult: 0, child: 0 } }, limitCountChild: -2 }),
      ],
    });
    expect(result.errors).toEqual([
      { code: 'PRODUCT_LINE_ITEM_UNKNOWN', field: 'itemLines.1.itemId' },
      { code: 'PRODUCT_LINE_ITEM_DELETED', field: 'itemLines.2.itemId' },
      { code: 'PRODUCT_LINE_DUPLICATE', field: 'itemLines.3.itemId' },
      { code: 'PRODUCT_LINE_TARGET_INVALID', field: 'itemLines.4.serviceId' },
      { code: 'PRODUCT_LINE_SERVICE_UNKNOWN', field: 'serviceLines.0.serviceId' },
      { code: 'PRODUCT_LINE_LIMIT_INVALID', field: 'serviceLines.1.limits.normal.adult' },
      { code: 'PRODUCT_LINE_LIMIT_INVALID', field: 'serviceLines.1.limits.emergency.child' },
      { code: 'PRODUCT_LINE_COUNT_INVALID', field: 'serviceLines.1.limitCountChild' },
    ]);
    expect(await service.counts(WRITTEN)).toEqual(before);
  });

  it('refuses a code a current product has', async () => {
    await create('TAKEN');
    const before = await service.counts(WRITTEN);
    expect((await create('TAKEN')).errors).toEqual([{ code: 'PRODUCT_CODE_TAKEN', field: 'code' }]);
    expect(await service.counts(WRITTEN)).toEqual(before);
  });

  it('updates only the fields sent, replaces the lines sent, keeps each version with its lines in the history, and publishes the update', async () => {
    const created = (await create('UPD', { itemLines: [lineInput({ itemId: catalogue.items[0] })] })).product;
    const updated = (await service.data(UPDATE, { input: { id: created.id, version: 1, premiumAdult: '1600', itemLines: [lineInput({ itemId: catalogue.items[1] })] } })).updateProduct;
    expect(updated.errors).toEqual([]);
    expect(updated.product).toMatchObject({ version: 2, premiumAdult: '1600.00', lumpSum: '10000.00', name: 'Product UPD', itemLines: [{ itemId: catalogue.items[1] }] });
    expect(updated.product.serviceLines).toEqual([]);

    const second = (await service.data(UPDATE, { input: { id: created.id, serviceLines: [lineInput({ serviceId: catalogue.services[1] })], name: 'Renamed' } })).updateProduct;
    expect(second.product).toMatchObject({ version: 3, name: 'Renamed', itemLines: [{ itemId: catalogue.items[1] }], serviceLines: [{ serviceId: catalogue.services[1] }] });

    const unchanged = (await service.data(UPDATE, { input: { id: created.id, name: 'Renamed', premiumAdult: '1600.00' } })).updateProduct;
    expect(unchanged.product.version).toBe(3);

    const stale = (await service.data(UPDATE, { input: { id: created.id, version: 1, name: 'Late' } })).updateProduct;
    expect(stale.errors).toEqual([{ code: 'VERSION_CONFLICT', field: 'version' }]);

    const history = (await service.data(HISTORY, { id: created.id })).productHistory;
    expect(history).toMatchObject([
      { version: 1, name: 'Product UPD', premiumAdult: '1500.50', itemLines: [{ itemId: catalogue.items[0] }], serviceLines: [] },
      { version: 2, name: 'Product UPD', premiumAdult: '1600.00', itemLines: [{ itemId: catalogue.items[1] }], serviceLines: [] },
    ]);
    const events = await outbox(created.id);
    expect(events.map((event) => [event.type, event.data.version])).toEqual([
      ['imis.policy.product.created.v1', 1],
      ['imis.policy.product.updated.v1', 2],
      ['imis.policy.product.updated.v1', 3],
    ]);
    expect(events[2].data).toMatchObject({ name: 'Renamed', itemLines: [expect.objectContaining({ itemId: catalogue.items[1] })] });
  });

  it('refuses a conversion product that is the product itself or leads back to it', async () => {
    const a = (await create('CONVA')).product;
    const b = (await create('CONVB', { conversionProductId: a.id })).product;
    expect(b.conversionProductId).toBe(a.id);
    const self = (await service.data(UPDATE, { input: { id: a.id, conversionProductId: a.id } })).updateProduct;
    expect(self.errors).toEqual([{ code: 'PRODUCT_CONVERSION_SELF', field: 'conversionProductId' }]);
    const loop = (await service.data(UPDATE, { input: { id: a.id, conversionProductId: b.id } })).updateProduct;
    expect(loop.errors).toEqual([{ code: 'PRODUCT_CONVERSION_LOOP', field: 'conversionProductId' }]);
  });

  it('duplicates a product with every field and line under a new code, and refuses a taken code', async () => {
    const source = (await create('SRC', { itemLines: [lineInput({ itemId: catalogue.items[0] })], serviceLines: [lineInput({ serviceId: catalogue.services[0] })] })).product;
    const copy = (await service.data(DUPLICATE, { input: { id: source.id, code: 'COPY', name: 'Copy' } })).duplicateProduct;
    expect(copy.errors).toEqual([]);
    const { id: _sourceId, code: _code, name: _name, ...copied } = source;
    expect(copy.product).toMatchObject({ ...copied, code: 'COPY', name: 'Copy', version: 1 });
    expect(copy.product.id).not.toBe(source.id);
    expect((await outbox(copy.product.id)).map((event) => event.type)).toEqual(['imis.policy.product.created.v1']);
    const taken = (await service.data(DUPLICATE, { input: { id: source.id, code: 'SRC', name: 'Again' } })).duplicateProduct;
    expect(taken.errors).toEqual([{ code: 'PRODUCT_CODE_TAKEN', field: 'code' }]);
  });

  it('deletes a product: no longer listed or changeable, its code free again, its history readable, its deletion published', async () => {
    const product = (await create('DEL')).product;
    const deleted = (await service.data(DELETE, { input: { id: product.id, version: 1 } })).deleteProduct;
    expect(deleted).toEqual({ product: { id: product.id, version: 2 }, errors: [] });
    expect((await service.data(PRODUCT, { id: product.id })).product).toBeNull();
    expect((await service.data(DELETE, { input: { id: product.id } })).deleteProduct.errors).toEqual([{ code: 'PRODUCT_NOT_FOUND', field: 'id' }]);
    expect((await service.data(UPDATE, { input: { id: product.id, name: 'x' } })).updateProduct.errors).toEqual([{ code: 'PRODUCT_NOT_FOUND', field: 'id' }]);
    expect((await service.data(HISTORY, { id: product.id })).productHistory).toMatchObject([{ version: 1, code: 'DEL' }]);
    const [, event] = await outbox(product.id);
    expect(event).toMatchObject({ type: 'imis.policy.product.deleted.v1', data: { id: product.id, code: 'DEL', version: 2 } });
    expect((await create('DEL')).errors).toEqual([]);
  });

  it('lists products by code, name, location and sale date, page by page', async () => {
    await create('LISTA', { name: 'Listed alpha', dateFrom: '2024-01-01', dateTo: '2024-12-31' });
    await create('LISTB', { name: 'Listed beta', locationId: places.region2.id });
    const byCode = (await service.data(PRODUCTS, { filter: { code: 'list' } })).products;
    expect(byCode.edges.map((edge: { node: { code: string } }) => edge.node.code)).toEqual(['LISTA', 'LISTB']);
    expect((await service.data(PRODUCTS, { filter: { name: 'beta' } })).products.totalCount).toBe(1);
    expect((await service.data(PRODUCTS, { filter: { locationId: places.region2.id } })).products.edges).toEqual([{ node: { code: 'LISTB' } }]);
    const onDate = (await service.data(PRODUCTS, { filter: { code: 'LIST', validOn: '2024-06-01' } })).products;
    expect(onDate.edges).toEqual([{ node: { code: 'LISTA' } }]);
    const first = (await service.data(PRODUCTS, { filter: { code: 'LIST' }, first: 1 })).products;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await service.data(PRODUCTS, { filter: { code: 'LIST' }, first: 1, after: first.pageInfo.endCursor })).products;
    expect(rest.edges).toEqual([{ node: { code: 'LISTB' } }]);

    // Creation stamps, not ids, make the order.
    const [alpha, beta] = await service.query<{ id: string }>("select id from product where code in ('LISTA', 'LISTB') order by code");
    await stampCreationOrder(service, 'product', [beta.id, alpha.id]);
    const { nodes, pages } = await readEveryPage(async (after) => (await service.data(PRODUCTS, { filter: { code: 'LIST' }, first: 1, after })).products);
    expect(nodes.map((node) => node.code)).toEqual(['LISTB', 'LISTA']);
    expect(pages).toBe(2);
  });

  describe('scope and rights', () => {
    const all = [Right.ProductSearch, Right.ProductAdd, Right.ProductEdit, Right.ProductDelete, Right.ProductDuplicate];
    const districtUser = () => authority.headers({ rights: all, districtIds: [places.district11.id] });

    it('lets a district user see national and its region products, change only those of its district, and not create national ones', async () => {
      const national = (await create('NAT')).product;
      const region = (await create('REG1', { locationId: places.region1.id })).product;
      const otherRegion = (await create('REG2', { locationId: places.region2.id })).product;
      const headers = await districtUser();

      const visible = (await service.data(PRODUCTS, { filter: { code: 'REG' } }, headers)).products;
      expect(visible.edges).toEqual([{ node: { code: 'REG1' } }]);
      expect((await service.data(PRODUCT, { id: national.id }, headers)).product.code).toBe('NAT');
      expect((await service.data(PRODUCT, { id: otherRegion.id }, headers)).product).toBeNull();

      for (const id of [national.id, region.id, otherRegion.id]) {
        const result = (await service.data(UPDATE, { input: { id, name: 'Mine' } }, headers)).updateProduct;
        expect(result.errors).toEqual([{ code: 'PRODUCT_NOT_FOUND', field: 'id' }]);
        expect((await service.data(DELETE, { input: { id } }, headers)).deleteProduct.errors).toEqual([{ code: 'PRODUCT_NOT_FOUND', field: 'id' }]);
      }
      expect((await create('DNAT', {}, headers)).errors).toEqual([{ code: 'PRODUCT_LOCATION_INVALID', field: 'locationId' }]);
      expect((await create('DOTHER', { locationId: places.district21.id }, headers)).errors).toEqual([{ code: 'PRODUCT_LOCATION_INVALID', field: 'locationId' }]);

      const own = await create('DOWN', { locationId: places.district11.id }, headers);
      expect(own.errors).toEqual([]);
      expect((await service.data(UPDATE, { input: { id: own.product.id, name: 'Mine' } }, headers)).updateProduct.product.name).toBe('Mine');
      const copied = (await service.data(DUPLICATE, { input: { id: national.id, code: 'DCOPY', name: 'Copy', locationId: places.district11.id } }, headers)).duplicateProduct;
      expect(copied.product).toMatchObject({ code: 'DCOPY', locationId: places.district11.id });
    });

    it('answers FORBIDDEN without the operation right and UNAUTHENTICATED without a token', async () => {
      const searchOnly = await authority.headers({ rights: [Right.ProductSearch], admin: false, districtIds: [places.district11.id] });
      const response = await service.graphql(CREATE, { input: productInput('NORIGHT') }, searchOnly);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const noSearch = await authority.headers({ rights: [Right.ProductAdd] });
      expect((await service.graphql(PRODUCTS, {}, noSearch)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await service.graphql(PRODUCTS, {}, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
