import { Client } from 'pg';
import { Deployment } from './support/deployment';
import { type Data, Scenario } from './support/scenario';

/**
 * Issue 15's acceptance through the gateway, with identity, location, insuree, medical, policy, contribution and
 * claim as real processes and the claim service's adjudication worker (`src/worker.ts`) as a process of its own,
 * the claim API process only enqueuing: a catalogue with a facility's price lists → a product with a co-insurance
 * line, a deductible and a ceiling → a family → its policy made Active by a contribution → a claim entered and
 * submitted → Valuated by the worker with the amounts worked out below and each line's trace; a second claim of the
 * same consultation ten days later rejected for frequency (5). A claim administrator of another facility does not
 * see the claims.
 */
jest.setTimeout(240_000);

const ADMIN = { username: 'e2e-claim-admin', password: 'Claim-e2e-Pa55word-long' };
const CLERK = { username: 'e2e-clerk-b', password: 'Clerk-e2e-Pa55word-long' };
const ERRORS = 'errors { code message field }';
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken ${ERRORS} } }`;
const CREATE_LOCATION = `mutation($input: CreateLocationInput!) { createLocation(input: $input) { location { id } ${ERRORS} } }`;
const CREATE_FACILITY = `mutation($input: CreateHealthFacilityInput!) { createHealthFacility(input: $input) { healthFacility { id } ${ERRORS} } }`;
const CREATE_ITEM = `mutation($input: CreateMedicalItemInput!) { createMedicalItem(input: $input) { item { id } ${ERRORS} } }`;
const CREATE_SERVICE = `mutation($input: CreateMedicalServiceInput!) { createMedicalService(input: $input) { service { id } ${ERRORS} } }`;
const UPLOAD_DIAGNOSES = `mutation($input: UploadDiagnosesInput!) { uploadDiagnoses(input: $input) { diagnosisUpload { id } ${ERRORS} } }`;
const DIAGNOSIS_UPLOAD = `query($id: ID!) { diagnosisUpload(id: $id) { status } }`;
const CREATE_ITEMS_LIST = `mutation($input: CreateItemsPriceListInput!) { createItemsPriceList(input: $input) { priceList { id } ${ERRORS} } }`;
const CREATE_SERVICES_LIST = `mutation($input: CreateServicesPriceListInput!) { createServicesPriceList(input: $input) { priceList { id } ${ERRORS} } }`;
const ASSIGN_LISTS = `mutation($input: AssignPriceListsInput!) { assignPriceLists(input: $input) { facilityPriceLists { version } ${ERRORS} } }`;
const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } ${ERRORS} } }`;
const CREATE_FAMILY = `mutation($input: CreateFamilyInput!) { createFamily(input: $input) { family { id headInsureeId } ${ERRORS} } }`;
const CREATE_POLICY = `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id status value startDate expiryDate insureePolicies { insureeId } } ${ERRORS} } }`;
const ADD_CONTRIBUTION = `mutation($input: AddContributionInput!) { addContribution(input: $input) { paidTotal balance ${ERRORS} } }`;
const POLICY = `query($id: ID!) { policy(id: $id) { status effectiveDate } }`;
const CREATE_ROLE = `mutation($input: CreateRoleInput!) { createRole(input: $input) { role { id } ${ERRORS} } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } ${ERRORS} } }`;
const CREATE_CLAIM_ADMIN = `mutation($input: CreateClaimAdministratorInput!) { createClaimAdministrator(input: $input) { claimAdministrator { id } ${ERRORS} } }`;
const LINE = `status rejectionReason rejectionReasonCode quantityApproved priceAdjusted priceValuated deductibleAmount exceedCeilingAmount
  exceedCeilingAmountCategory remuneratedAmount priceOrigin limitation limitationValue productId policyId
  trace { check outcome code policyId facts { name value } } adjudicationExplanation`;
const CLAIM_FIELDS = `id status queued category rejectionReason rejectionReasonCode claimed approved valuated remunerated items { ${LINE} } services { ${LINE} }`;
const CREATE_CLAIM = `mutation($input: CreateClaimInput!) { createClaim(input: $input) { claim { id status queued claimed } ${ERRORS} } }`;
const SUBMIT_CLAIMS = `mutation($input: SubmitClaimsInput!) { submitClaims(input: $input) { claims { id status queued } refusals { index } ${ERRORS} } }`;
const ENTER_AND_SUBMIT = `mutation($input: CreateClaimInput!) { enterAndSubmitClaim(input: $input) { claim { id queued } ${ERRORS} } }`;
const CLAIM = `query($id: ID!) { claim(id: $id) { ${CLAIM_FIELDS} } }`;
const CLAIMS = `query($filter: ClaimFilterInput) { claims(filter: $filter) { totalCount } }`;

/** Retried while the claim service has not learnt a reference from the other services' events. */
const CLAIM_REFERENCES_PENDING = /^(INSUREE_NOT_FOUND|HEALTH_FACILITY_NOT_FOUND|ITEM_NOT_FOUND|SERVICE_NOT_FOUND|DIAGNOSIS_NOT_FOUND)$/;
const CHECKS = {
  item: ['registers', 'price-list', 'care-type', 'patient-category', 'frequency', 'covering-product', 'waiting-period', 'maximum-quantity', 'category-maximum', 'product-assignment', 'valuation'],
  service: ['registers', 'price-list', 'care-type', 'frequency', 'patient-category', 'covering-product', 'waiting-period', 'maximum-quantity', 'category-maximum', 'product-assignment', 'valuation'],
};

/** A number valid under insuree's default rule (9 digits, the last = the first 8 mod 7). */
const serial = 30_000_000 + Math.floor(Math.random() * 60_000_000);
const INSURANCE_NUMBER = `${serial}${serial % 7}`;
const sameLimit = (limitationType: 'C' | 'F', value: number) => {
  const limit = { limitationType, adult: value, child: value };
  return { normal: limit, emergency: limit, referral: limit };
};
const factsOf = (entry: Data): Record<string, string | null> => Object.fromEntries(entry.facts.map((fact: Data) => [fact.name, fact.value]));
/** The sum of a counter's samples (any labels) in a Prometheus text exposition; 0 when absent. */
const counterTotal = (metrics: string, name: string, labels: RegExp): number =>
  metrics
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && labels.test(line))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);

describe('claim adjudication through the gateway, by a worker process of its own', () => {
  const deployment = new Deployment();
  let session: Scenario;
  const ids: Record<string, string> = {};

  /** A count read in a service's database (`n`): how far its copies of other services' records have got. */
  const count = async (service: string, sql: string, params: unknown[]): Promise<number> => {
    const client = new Client({ connectionString: deployment.database(service).url });
    await client.connect();
    try {
      return Number((await client.query(sql, params)).rows[0].n);
    } finally {
      await client.end();
    }
  };
  const metricsOf = async (origin: string) => (await fetch(`${origin}/metrics`)).text();
  const claimOf = async (id: string, token = session.token): Promise<Data | null> => (await session.data(CLAIM, { id }, token)).claim;
  const adjudicated = (id: string) => session.eventually(`claim ${id} adjudicated`, () => claimOf(id), (claim) => claim?.queued !== false);

  beforeAll(async () => {
    await deployment.start(ADMIN, {
      only: ['location', 'insuree', 'medical', 'policy', 'contribution', 'claim'],
      env: { policy: { JOBS_CONCURRENCY: 'policy-expiry=0,policy-renewal-reminder=0' } },
      workers: ['claim'],
    });
    session = new Scenario(deployment.gatewayUrl, '', () => deployment.recentOutput());
    const login = (await session.data(LOGIN, { input: ADMIN })).login;
    expect(login.errors).toEqual([]);
    session.token = login.accessToken;

    const region = await session.created('createLocation', CREATE_LOCATION, { code: 'C15R', name: 'Claim Region', type: 'REGION' }, 'location');
    ids.district = await session.created('createLocation', CREATE_LOCATION, { code: 'C15D', name: 'Claim District', type: 'DISTRICT', parentId: region }, 'location');
    const ward = await session.created('createLocation', CREATE_LOCATION, { code: 'C15W', name: 'Claim Ward', type: 'WARD', parentId: ids.district }, 'location');
    ids.village = await session.created('createLocation', CREATE_LOCATION, { code: 'C15V', name: 'Claim Village', type: 'VILLAGE', parentId: ward }, 'location');
    for (const code of ['C15HA', 'C15HB']) {
      const facility = { code, name: `Health centre ${code}`, legalForm: 'GOVERNMENT', level: 'HEALTH_CENTRE', careType: 'BOTH', districtId: ids.district };
      ids[code] = await session.created('createHealthFacility', CREATE_FACILITY, facility, 'healthFacility');
    }
  });

  afterAll(async () => {
    await deployment.stop();
  });

  it('builds the catalogue, the facility’s price lists, a product with limits, and an Active policy', async () => {
    ids.item = await session.created('createMedicalItem', CREATE_ITEM, { code: 'CAMOX', name: 'Amoxicillin 500 mg', type: 'DRUG', price: '12.50', careType: 'BOTH' }, 'item');
    ids.service = await session.created(
      'createMedicalService',
      CREATE_SERVICE,
      { code: 'CCONS', name: 'Consultation', type: 'CURATIVE', level: 'VISIT', category: 'CONSULTATION', price: '10', careType: 'OUT_PATIENT', frequency: 30 },
      'service',
    );
    const file = Buffer.from('code,name\nA09,Diarrhoea and gastroenteritis\n').toString('base64');
    const upload = (await session.data(UPLOAD_DIAGNOSES, { input: { file, fileName: 'icd.csv', format: 'CSV', mode: 'ALL_OR_NOTHING', strategy: 'INSERT_ONLY' } })).uploadDiagnoses;
    expect(upload.errors).toEqual([]);
    const items = await session.created('createItemsPriceList', CREATE_ITEMS_LIST, { name: 'Items 2026', date: '2026-01-01', details: [{ itemId: ids.item, price: '11.00' }] }, 'priceList');
    const services = await session.created('createServicesPriceList', CREATE_SERVICES_LIST, { name: 'Services 2026', date: '2026-01-01', details: [{ serviceId: ids.service }] }, 'priceList');
    // Retried while the medical service has not learnt the facility from location's events.
    const assigned = await session.mutate('assignPriceLists', ASSIGN_LISTS, { healthFacilityId: ids.C15HA, itemsPriceListId: items, servicesPriceListId: services }, /^HEALTH_FACILITY_NOT_FOUND$/);
    expect(assigned.errors).toEqual([]);
    const diagnoses = await session.eventually('the diagnosis upload', async () => (await session.data(DIAGNOSIS_UPLOAD, { id: upload.diagnosisUpload.id })).diagnosisUpload, (read) => ['QUEUED', 'RUNNING'].includes(read.status));
    expect(diagnoses.status).toBe('SUCCEEDED');

    // Retried while the policy service's medical projection does not know the item or the service yet.
    ids.product = await session.created(
      'createProduct',
      CREATE_PRODUCT,
      {
        code: 'C15PROD',
        name: 'Claims e2e',
        dateFrom: '2026-01-01',
        dateTo: '2027-12-31',
        insurancePeriod: 12,
        memberCount: 4,
        lumpSum: '100',
        ceilingType: 'I',
        deductible: { general: '5.00' },
        ceiling: { general: '28.00' },
        itemLines: [{ itemId: ids.item, priceOrigin: 'P', limits: sameLimit('C', 80) }],
        serviceLines: [{ serviceId: ids.service, priceOrigin: 'O', limits: sameLimit('C', 100) }],
      },
      'product',
      /^PRODUCT_LINE_(ITEM|SERVICE)_UNKNOWN$/,
    );

    const head = { insuranceNumber: INSURANCE_NUMBER, lastName: 'Claimant', otherNames: 'Maya', gender: 'F', birthDate: '1980-02-02' };
    const family = await session.mutate('createFamily', CREATE_FAMILY, { villageId: ids.village, head }, /^FAMILY_VILLAGE_NOT_VILLAGE$/);
    expect(family.errors).toEqual([]);
    ids.insuree = family.family.headInsureeId;
    // createPolicy gives coverage rows to the members the policy service's insuree projection knows by then.
    await session.eventually('the policy service’s insuree projection', () => count('policy', 'select count(*) n from projected_insuree where id = $1', [ids.insuree]), (members) => members === 0);
    const policy = await session.mutate('createPolicy', CREATE_POLICY, { familyId: family.family.id, productId: ids.product, enrolDate: '2026-01-05' }, /^FAMILY_NOT_FOUND$/);
    expect(policy.errors).toEqual([]);
    expect(policy.policy).toMatchObject({ status: 'IDLE', value: '100.00', startDate: '2026-01-05', expiryDate: '2027-01-04', insureePolicies: [{ insureeId: ids.insuree }] });
    ids.policy = policy.policy.id;
    const paid = await session.mutate('addContribution', ADD_CONTRIBUTION, { policyId: ids.policy, amount: '100', receipt: 'C15-R1', payDate: '2026-01-05', payType: 'CASH' }, /^POLICY_NOT_FOUND$/);
    expect(paid).toMatchObject({ paidTotal: '100.00', balance: '0.00', errors: [] });
    const active = await session.eventually('the activation', async () => (await session.data(POLICY, { id: ids.policy })).policy, (read) => read.status !== 'ACTIVE');
    expect(active).toEqual({ status: 'ACTIVE', effectiveDate: '2026-01-05' });
  });

  it('enters and submits a claim that the worker process, not the API process, adjudicates and valuates', async () => {
    const entry = {
      healthFacilityId: ids.C15HA,
      insureeId: ids.insuree,
      dateFrom: '2026-03-10',
      dateClaimed: '2026-03-11',
      mainDiagnosis: 'A09',
      items: [{ code: 'CAMOX', quantity: 3, priceAsked: '13.00' }],
      services: [{ code: 'CCONS', quantity: 1, priceAsked: '12.00' }],
    };
    const created = await session.mutate('createClaim', CREATE_CLAIM, { claim: entry }, CLAIM_REFERENCES_PENDING);
    expect(created.errors).toEqual([]);
    expect(created.claim).toMatchObject({ status: 'ENTERED', queued: false, claimed: '51.00' });
    ids.claim = created.claim.id;

    // Adjudication reads only the claim service's copies: wait until they hold the Active policy and the price lists.
    await session.eventually(
      'the claim service’s policy and price-list projections',
      () =>
        count(
          'claim',
          `select (select count(*) from projected_policy where id = $1 and status = 'ACTIVE')
                + (select count(*) from projected_insuree_policy where policy_id = $1 and effective_date is not null)
                + (select count(*) from projected_facility_price_lists where health_facility_id = $2 and items_price_list_id is not null and services_price_list_id is not null) n`,
          [ids.policy, ids.C15HA],
        ),
      (copies) => copies < 3,
    );
    const submitted = (await session.data(SUBMIT_CLAIMS, { input: { ids: [ids.claim] } })).submitClaims;
    expect(submitted).toMatchObject({ claims: [{ id: ids.claim, status: 'ENTERED', queued: true }], refusals: [], errors: [] });

    const claim = (await adjudicated(ids.claim))!;
    /*
     * Out-patient claim of an adult on 2026-03-10, category C (a consultation); product: deductible 5.00 and ceiling
     * 28.00 (general, per insuree), the item at the price list's price with 80% co-insurance, the service at the
     * provider's price with 100% co-insurance.
     * approved = 3 × 13.00 + 1 × 12.00 = 51.00 (quantities × prices asked, as checked).
     * item CAMOX: 3 × 11.00 (price-list override of the register's 12.50) = 33.00; 5.00 deductible → 28.00;
     *   80% → 22.40; ceiling left 28.00 → 22.40 paid.
     * service CCONS: 1 × 12.00 (own price) = 12.00; deductible used up → 12.00; 100% → 12.00; ceiling left
     *   28.00 − 22.40 = 5.60 → 5.60 paid, 6.40 above the ceiling.
     * valuated = remunerated = 22.40 + 5.60 = 28.00.
     */
    expect(claim).toMatchObject({ status: 'VALUATED', queued: false, category: 'C', rejectionReason: 'ACCEPTED', rejectionReasonCode: 0, claimed: '51.00', approved: '51.00', valuated: '28.00', remunerated: '28.00' });
    const [item] = claim.items;
    const [service] = claim.services;
    const paying = { status: 'PASSED', rejectionReason: 'ACCEPTED', rejectionReasonCode: 0, productId: ids.product, policyId: ids.policy, limitation: 'C', exceedCeilingAmountCategory: '0.00' };
    expect(item).toMatchObject({ ...paying, quantityApproved: 3, priceOrigin: 'P', limitationValue: '80.00', priceAdjusted: '11.00', deductibleAmount: '5.00', exceedCeilingAmount: '0.00', priceValuated: '22.40', remuneratedAmount: '22.40' });
    expect(service).toMatchObject({ ...paying, quantityApproved: 1, priceOrigin: 'O', limitationValue: '100.00', priceAdjusted: '12.00', deductibleAmount: '0.00', exceedCeilingAmount: '6.40', priceValuated: '5.60', remuneratedAmount: '5.60' });

    expect(item.trace.map((entry: Data) => entry.check)).toEqual(CHECKS.item);
    expect(service.trace.map((entry: Data) => entry.check)).toEqual(CHECKS.service);
    for (const line of [item, service]) {
      expect(line.trace.filter((entry: Data) => entry.check !== 'valuation').map((entry: Data) => entry.outcome)).toEqual(expect.not.arrayContaining(['rejected']));
      expect(line.trace.filter((entry: Data) => ['waiting-period', 'maximum-quantity', 'category-maximum', 'product-assignment', 'valuation'].includes(entry.check)).map((entry: Data) => entry.policyId)).toEqual([ids.policy, ids.policy, ids.policy, ids.policy, ids.policy]);
    }
    const valuation = (line: Data) => factsOf(line.trace.find((entry: Data) => entry.check === 'valuation'));
    expect(factsOf(item.trace.find((entry: Data) => entry.check === 'price-list'))).toMatchObject({ targetDate: '2026-03-10', priceOverride: '11.00' });
    expect(valuation(item)).toMatchObject({ quantity: '3', unitPrice: '11.00', priceOrigin: 'P', limitation: 'C', limitationValue: '80', value: '33.00', deducted: '5.00', ceilingLeft: '28.00', aboveCeiling: '0.00', paid: '22.40' });
    expect(valuation(service)).toMatchObject({ quantity: '1', unitPrice: '12.00', priceOrigin: 'O', value: '12.00', deducted: '0.00', ceilingLeft: '5.60', aboveCeiling: '6.40', paid: '5.60' });
    expect(item.adjudicationExplanation).toBe('Accepted: 3 × 11.00 = 33.00, 5.00 deductible, 80% co-insurance; 22.40 paid.');
    expect(service.adjudicationExplanation).toBe('Accepted: 1 × 12.00 = 12.00, 6.40 above the ceiling; 5.60 paid.');

    // The worker adjudicated it; the API process (JOBS_CONCURRENCY=0) only enqueued.
    const valuatedBy = (metrics: string) => counterTotal(metrics, 'claim_adjudicated_total', /outcome="VALUATED"/);
    expect(valuatedBy(await metricsOf(deployment.worker('claim').origin))).toBe(1);
    expect(valuatedBy(await metricsOf(deployment.subgraphs.find(({ definition }) => definition.name === 'claim')!.origin))).toBe(0);
  });

  it('rejects a second consultation ten days later for frequency (5), in the worker process', async () => {
    const entry = { healthFacilityId: ids.C15HA, insureeId: ids.insuree, dateFrom: '2026-03-20', dateClaimed: '2026-03-20', mainDiagnosis: 'A09', services: [{ code: 'CCONS', quantity: 1, priceAsked: '12.00' }] };
    const submitted = (await session.data(ENTER_AND_SUBMIT, { input: { claim: entry } })).enterAndSubmitClaim;
    expect(submitted).toMatchObject({ claim: { queued: true }, errors: [] });
    ids.rejected = submitted.claim.id;

    const claim = (await adjudicated(ids.rejected))!;
    // Its only line is rejected for frequency (30 days, the first claim's consultation 10 days before); with no line
    // passed, the claim is Rejected with openIMIS's claim-level reason for that, 1.
    expect(claim).toMatchObject({ status: 'REJECTED', rejectionReason: 'NOT_IN_REGISTERS', rejectionReasonCode: 1, approved: null, valuated: null, remunerated: null });
    const [line] = claim.services;
    expect(line).toMatchObject({ status: 'REJECTED', rejectionReason: 'FREQUENCY', rejectionReasonCode: 5, quantityApproved: null, remuneratedAmount: null });
    const frequency = line.trace.find((entry: Data) => entry.check === 'frequency');
    expect(frequency).toMatchObject({ outcome: 'rejected', code: 5 });
    expect(factsOf(frequency)).toMatchObject({ frequencyDays: '30', targetDate: '2026-03-20', otherClaimId: ids.claim, otherTargetDate: '2026-03-10', daysApart: '10' });
    expect(line.adjudicationExplanation).toBe('Rejected (reason 5): it was already provided on 2026-03-10, 10 days away, and may be provided once every 30 days.');
    const { claims } = await session.data(`query($filter: ClaimFilterInput) { claims(filter: $filter) { edges { node { id } } } }`, { filter: { status: 'REJECTED', insureeId: ids.insuree } });
    expect(claims.edges.map((edge: Data) => edge.node.id)).toEqual([ids.rejected]);

    const metrics = await metricsOf(deployment.worker('claim').origin);
    expect(counterTotal(metrics, 'claim_adjudicated_total', /outcome="REJECTED"/)).toBe(1);
  });

  it('hides the claims from a claim administrator of another facility of the district', async () => {
    const role = await session.created('createRole', CREATE_ROLE, { name: 'Claim reader', rights: [111001] }, 'role');
    const user = await session.created('createUser', CREATE_USER, { username: CLERK.username, lastName: 'Clerk', otherNames: 'Facility B', password: CLERK.password, roleIds: [role], districtIds: [ids.district] }, 'user', /^UNKNOWN_DISTRICT$/);
    await session.created('createClaimAdministrator', CREATE_CLAIM_ADMIN, { code: 'C15CB', lastName: 'Clerk', otherNames: 'Facility B', healthFacilityId: ids.C15HB, userId: user }, 'claimAdministrator', /^UNKNOWN_HEALTH_FACILITY$/);
    const login = (await session.data(LOGIN, { input: CLERK })).login;
    expect(login.errors).toEqual([]);
    // Its district would show it facility A's claims: once the claim service knows it as facility B's clerk, it sees none.
    await session.eventually('the claim service’s claim administrators', () => count('claim', 'select count(*) n from claim_admin where user_id = $1', [user]), (admins) => admins === 0);
    expect(await claimOf(ids.claim, login.accessToken)).toBeNull();
    expect((await session.data(CLAIMS, { filter: { healthFacilityId: ids.C15HA } }, login.accessToken)).claims.totalCount).toBe(0);
    expect((await session.data(CLAIMS, { filter: { healthFacilityId: ids.C15HA } })).claims.totalCount).toBe(2);
  });
});
