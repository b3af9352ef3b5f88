import { rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { createTestDatabase, freePort, randomEventPrefix, TestAuthority, testInfrastructure, type TestDatabase } from '@imis/testing';
import { type ManagedProcess, runProcess, startProcess, stopAll, waitForReady } from '@imis/deployment';
import { type Data, Scenario } from './support/scenario';
import { StreamReader } from './support/stream-reader';
import { supergraphFile } from './support/supergraph-file';

/**
 * Issues 13 and 14's acceptance through the gateway, with location, insuree, medical, policy and
 * contribution as real processes trusting a TestAuthority's key: the administrator builds places
 * (location), an item and a service (medical), a product with lines for them (policy, once its medical
 * projection knows them), §2's worked example family (insuree), then prices it (16,650), creates its Idle
 * policy, reads it on the family (federation) and asks eligibility for a member: not covered while Idle.
 * A partial contribution leaves it Idle with its balance; the rest makes it Active (the policy service
 * acting on the contribution service's events) with effective date max(pay date, start); the member is then
 * covered; a reversal flags it underpaid and leaves it Active.
 */
jest.setTimeout(240_000);

const ERRORS = 'errors { code message field }';
const CREATE_LOCATION = `mutation($input: CreateLocationInput!) { createLocation(input: $input) { location { id } ${ERRORS} } }`;
const CREATE_ITEM = `mutation($input: CreateMedicalItemInput!) { createMedicalItem(input: $input) { item { id } ${ERRORS} } }`;
const CREATE_SERVICE = `mutation($input: CreateMedicalServiceInput!) { createMedicalService(input: $input) { service { id } ${ERRORS} } }`;
const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) {
  product { id code itemLines { item { code } } serviceLines { service { code } } } ${ERRORS} } }`;
const CREATE_FAMILY = `mutation($input: CreateFamilyInput!) { createFamily(input: $input) { family { id headInsureeId } ${ERRORS} } }`;
const CREATE_INSUREE = `mutation($input: CreateInsureeInput!) { createInsuree(input: $input) { insuree { id } ${ERRORS} } }`;
const POLICY_VALUE = `query($input: PolicyValueInput!) { policyValue(input: $input) {
  value startDate expiryDate lastDateForPayment rule breakdown { contribution generalAssembly registration discount } warnings { code } ${ERRORS} } }`;
const CREATE_POLICY = `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) {
  policy { id status stage value startDate expiryDate effectiveDate insureePolicies { insureeId effectiveDate } } ${ERRORS} } }`;
const ADD_CONTRIBUTION = `mutation($input: AddContributionInput!) { addContribution(input: $input) {
  contribution { id amount } paidTotal balance warnings { code } ${ERRORS} } }`;
const DELETE_CONTRIBUTION = `mutation($input: ContributionRefInput!) { deleteContribution(input: $input) { paidTotal balance ${ERRORS} } }`;
const POLICY = `query($id: ID!) { policy(id: $id) { status effectiveDate paidTotal underpaid balance insureePolicies { effectiveDate } } }`;
const ELIGIBILITY = `query($input: EligibilityInput!) { eligibility(input: $input) {
  refusal coverage { insureeId usageKnown policies { policyId productCode status letter effectiveDate } }
  item { itemCode itemId isItemOK } service { serviceCode serviceId isServiceOK } } }`;

/** §2's family: 2 parents (the first the head), 3 children, a grandmother related as "Other" (7); 8 is spouse, 4 child. */
const FAMILY = [
  { otherNames: 'Asha', birthDate: '1985-03-10', relationship: null },
  { otherNames: 'Bikash', birthDate: '1987-09-21', relationship: '8' },
  { otherNames: 'Chandra', birthDate: '2012-05-01', relationship: '4' },
  { otherNames: 'Dipa', birthDate: '2015-11-30', relationship: '4' },
  { otherNames: 'Esha', birthDate: '2020-01-15', relationship: '4' },
  { otherNames: 'Gita', birthDate: '1950-06-06', relationship: '7' },
] as const;

/** Numbers valid under insuree's default rule (9 digits, the last = the first 8 mod 7), distinct per call. */
let serial = 10_000_000 + Math.floor(Math.random() * 80_000_000);
const insuranceNumber = () => `${serial}${serial++ % 7}`;
const lineLimits = { limitationType: 'C', adult: 100, child: 100 };
const line = (target: Record<string, string>) => ({ ...target, priceOrigin: 'P', limits: { normal: lineLimits, emergency: lineLimits, referral: lineLimits } });

describe('policy enrolment through the gateway', () => {
  const databases: Record<'location' | 'insuree' | 'medical' | 'policy' | 'contribution', TestDatabase> = {} as never;
  let stream: StreamReader;
  let gatewayUrl: string;
  let supergraphDir: string | undefined;
  let processes: ManagedProcess[] = [];
  const prefix = randomEventPrefix();
  const tokens = { admin: '', district: '', otherDistrict: '' };
  const place: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const members: { id: string; insuranceNumber: string }[] = [];

  const processOutput = () => processes.map((process) => `--- ${process.name} (${process.child.exitCode ?? 'running'}):\n${process.recentOutput()}`).join('\n');
  let session: Scenario;
  const data = (query: string, variables: Record<string, unknown> = {}, token = tokens.admin) => session.data(query, variables, token);
  const eventually = <T>(what: string, ask: () => Promise<T>, pending: (answer: T) => boolean) => session.eventually(what, ask, pending);
  const mutate = (name: string, query: string, input: Record<string, unknown>, pending?: RegExp, token = tokens.admin) => session.mutate(name, query, input, pending, token);
  const created = (name: string, query: string, input: Record<string, unknown>, field: string, pending?: RegExp) => session.created(name, query, input, field, pending);
  const policyRows = async (sql: string, params: unknown[]): Promise<number> => {
    const client = new Client({ connectionString: databases.policy.url });
    await client.connect();
    try {
      return Number((await client.query(sql, params)).rows[0].n);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    const { natsUrl, redisUrl } = await testInfrastructure();
    const authority = await TestAuthority.create();
    for (const name of ['location', 'insuree', 'medical', 'policy', 'contribution'] as const) databases[name] = await createTestDatabase(`e2e_${name}`);
    const [locationPort, insureePort, medicalPort, policyPort, contributionPort, gatewayPort] = [
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    const subgraph = (port: number) => `http://127.0.0.1:${port}/graphql`;
    const urls = { location: subgraph(locationPort), insuree: subgraph(insureePort), medical: subgraph(medicalPort), policy: subgraph(policyPort), contribution: subgraph(contributionPort) };
    const supergraph = await supergraphFile(urls);
    supergraphDir = supergraph.directory;
    const common = { DATABASE_URL: databases.location.serverUrl, NATS_URL: natsUrl, EVENT_PREFIX: prefix, LOG_LEVEL: 'warn', HOST: '127.0.0.1', OUTBOX_POLL_MS: '100', AUTH_JWKS: authority.jwks };
    const jobs = { REDIS_URL: redisUrl, JOBS_QUEUE_PREFIX: `${prefix}imis` };
    const services = [
      ['location', { ...common, DATABASE_NAME: databases.location.name, PORT: String(locationPort) }, locationPort],
      ['insuree', { ...common, ...jobs, DATABASE_NAME: databases.insuree.name, PORT: String(insureePort), PHOTO_DIR: join(tmpdir(), `${prefix}photos`) }, insureePort],
      ['medical', { ...common, ...jobs, DATABASE_NAME: databases.medical.name, PORT: String(medicalPort) }, medicalPort],
      // The nightly jobs are not this scenario's: the API process only enqueues.
      ['policy', { ...common, ...jobs, DATABASE_NAME: databases.policy.name, PORT: String(policyPort), JOBS_CONCURRENCY: 'policy-expiry=0,policy-renewal-reminder=0' }, policyPort],
      ['contribution', { ...common, DATABASE_NAME: databases.contribution.name, PORT: String(contributionPort) }, contributionPort],
    ] as const;
    await Promise.all(services.map(async ([name, env]) => expect(await runProcess('migrate', `services/${name}/src/migrate.ts`, env, { quiet: true })).toBe(0)));
    const started = services.map(([name, env, port]) => [startProcess(name, `services/${name}/src/main.ts`, env, { quiet: true }), port] as const);
    processes = started.map(([process]) => process);
    for (const [process, port] of started) await waitForReady(`http://127.0.0.1:${port}/health/ready`, 90_000, process);
    const gateway = startProcess(
      'gateway',
      'gateway/src/main.ts',
      {
        GATEWAY_PORT: String(gatewayPort),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SUPERGRAPH_PATH: supergraph.path,
        LOCATION_URL: urls.location,
        INSUREE_URL: urls.insuree,
        MEDICAL_URL: urls.medical,
        POLICY_URL: urls.policy,
        CONTRIBUTION_URL: urls.contribution,
        AUTH_JWKS: authority.jwks,
      },
      { quiet: true },
    );
    processes.push(gateway);
    await waitForReady(`http://127.0.0.1:${gatewayPort}/health/ready`, 90_000, gateway);
    gatewayUrl = subgraph(gatewayPort);
    stream = await StreamReader.connect(natsUrl, prefix);
    tokens.admin = await authority.administratorToken();
    session = new Scenario(gatewayUrl, tokens.admin, processOutput);

    place.region = await created('createLocation', CREATE_LOCATION, { code: 'P13R', name: 'Policy Region', type: 'REGION' }, 'location');
    for (const code of ['P13DA', 'P13DB']) place[code] = await created('createLocation', CREATE_LOCATION, { code, name: `District ${code}`, type: 'DISTRICT', parentId: place.region }, 'location');
    place.ward = await created('createLocation', CREATE_LOCATION, { code: 'P13WA', name: 'Ward A', type: 'WARD', parentId: place.P13DA }, 'location');
    place.village = await created('createLocation', CREATE_LOCATION, { code: 'P13VA', name: 'Village A', type: 'VILLAGE', parentId: place.ward }, 'location');
    tokens.district = await authority.token({ username: 'district-a', rights: [101201, 101202], districtIds: [place.P13DA] });
    tokens.otherDistrict = await authority.token({ username: 'district-b', rights: [101201, 101202], districtIds: [place.P13DB] });
  });

  afterAll(async () => {
    await stopAll();
    await stream?.removeStreams(['location', 'insuree', 'medical', 'policy', 'contribution']);
    for (const database of Object.values(databases)) await database?.drop();
    if (supergraphDir) rmSync(supergraphDir, { recursive: true, force: true });
  });

  it("builds a product with lines on the medical catalogue, with §2's worked-example prices", async () => {
    ids.item = await created('createMedicalItem', CREATE_ITEM, { code: 'PAMOX', name: 'Amoxicillin 500 mg', type: 'DRUG', price: '12.50', careType: 'BOTH', package: 'box' }, 'item');
    ids.service = await created(
      'createMedicalService',
      CREATE_SERVICE,
      { code: 'PCONS', name: 'Consultation', type: 'CURATIVE', level: 'VISIT', category: 'CONSULTATION', price: '10', careType: 'OUT_PATIENT' },
      'service',
    );
    // Retried while the policy service's medical projection does not know the item or the service yet.
    const product = await mutate(
      'createProduct',
      CREATE_PRODUCT,
      {
        code: 'P13WORK',
        name: 'Worked example',
        dateFrom: '2024-01-01',
        dateTo: '2030-12-31',
        insurancePeriod: 12,
        memberCount: 8,
        threshold: 4,
        lumpSum: '10000',
        premiumAdult: '3000',
        premiumChild: '1500',
        registrationFee: '500',
        generalAssemblyLumpSum: '1000',
        startCycles: ['01-07'],
        gracePeriodEnrolment: 1,
        enrolmentDiscountPercent: 10,
        enrolmentDiscountPeriod: 2,
        itemLines: [line({ itemId: ids.item })],
        serviceLines: [line({ serviceId: ids.service })],
      },
      /^PRODUCT_LINE_(ITEM|SERVICE)_UNKNOWN$/,
    );
    expect(product.errors).toEqual([]);
    expect(product.product).toMatchObject({ code: 'P13WORK', itemLines: [{ item: { code: 'PAMOX' } }], serviceLines: [{ service: { code: 'PCONS' } }] });
    ids.product = product.product.id;
  });

  it('registers the family of 2 adults, 3 children and an "other" adult through the insuree service', async () => {
    const person = ({ otherNames, birthDate }: (typeof FAMILY)[number]) => ({ insuranceNumber: insuranceNumber(), lastName: 'Shrestha', otherNames, gender: 'F', birthDate });
    const [head, ...others] = FAMILY;
    const headInput = person(head);
    // Retried while the insuree service has not learnt the village from location's events.
    const family = await mutate('createFamily', CREATE_FAMILY, { villageId: place.village, head: headInput }, /^FAMILY_VILLAGE_NOT_VILLAGE$/);
    expect(family.errors).toEqual([]);
    ids.family = family.family.id;
    members.push({ id: family.family.headInsureeId, insuranceNumber: headInput.insuranceNumber });
    for (const member of others) {
      const input = { familyId: ids.family, relationship: member.relationship, ...person(member) };
      members.push({ id: await created('createInsuree', CREATE_INSUREE, input, 'insuree'), insuranceNumber: input.insuranceNumber });
    }
    const { family: read } = await data(`query($id: ID!) { family(id: $id) { members { id } } }`, { id: ids.family });
    expect(read.members.map((member: Data) => member.id).sort()).toEqual(members.map((member) => member.id).sort());
  });

  it('prices the family at 16,650 and creates its Idle policy with a coverage row per member', async () => {
    // The policy service learns the family and its members from insuree's events.
    await eventually(
      'the policy insuree projection',
      () => policyRows('select count(*) n from projected_insuree where family_id = $1', [ids.family]),
      (count) => count < FAMILY.length,
    );
    const input = { familyId: ids.family, productId: ids.product, enrolDate: '2024-04-15' };
    const { policyValue } = await data(POLICY_VALUE, { input });
    expect(policyValue).toEqual({
      value: '16650.00',
      startDate: '2024-07-01',
      expiryDate: '2025-06-30',
      lastDateForPayment: '2024-07-31',
      rule: 'legacy-formula',
      breakdown: { contribution: '14500.00', generalAssembly: '1000.00', registration: '3000.00', discount: '1850.00' },
      warnings: [],
      errors: [],
    });

    // A district user of another district does not see the family.
    const outside = (await data(CREATE_POLICY, { input }, tokens.otherDistrict)).createPolicy;
    expect(outside).toEqual({ policy: null, errors: [expect.objectContaining({ code: 'FAMILY_NOT_FOUND', field: 'familyId' })] });

    const { createPolicy } = await data(CREATE_POLICY, { input: { ...input, value: '16650' } });
    expect(createPolicy.errors).toEqual([]);
    expect(createPolicy.policy).toMatchObject({ status: 'IDLE', stage: 'N', value: '16650.00', startDate: '2024-07-01', expiryDate: '2025-06-30', effectiveDate: null });
    expect(createPolicy.policy.insureePolicies.map((row: Data) => row.insureeId).sort()).toEqual(members.map((member) => member.id).sort());
    expect(createPolicy.policy.insureePolicies.every((row: Data) => row.effectiveDate === null)).toBe(true);
    ids.policy = createPolicy.policy.id;
    expect(await policyRows('select count(*) n from policy where family_id = $1', [ids.family])).toBe(1);

    // Published through the outbox for the claim, contribution and payment services: nothing for the refused attempt.
    const counts: Record<string, number> = {};
    for (const { type } of await stream.events('policy', 8)) counts[type] = (counts[type] ?? 0) + 1;
    expect(counts).toEqual({ 'imis.policy.product.created.v1': 1, 'imis.policy.policy.created.v1': 1, 'imis.policy.insuree-policy.added.v1': 6 });
  });

  it("reads the family's policies through federation: the family from insuree, its policies from policy", async () => {
    const { family } = await data(`query($id: ID!) { family(id: $id) { id headInsureeId policies { id status value } } }`, { id: ids.family });
    expect(family).toEqual({ id: ids.family, headInsureeId: members[0].id, policies: [{ id: ids.policy, status: 'IDLE', value: '16650.00' }] });
  });

  it('answers eligibility: a member of the Idle policy is not covered; an unknown or out-of-scope number is not found', async () => {
    const child = members[2];
    const { eligibility } = await data(ELIGIBILITY, { input: { insuranceNumber: child.insuranceNumber, targetDate: '2024-08-01', itemCode: 'PAMOX', serviceCode: 'PCONS' } });
    expect(eligibility).toEqual({
      refusal: null,
      coverage: { insureeId: child.id, usageKnown: true, policies: [{ policyId: ids.policy, productCode: 'P13WORK', status: 'IDLE', letter: 'I', effectiveDate: null }] },
      item: { itemCode: 'PAMOX', itemId: ids.item, isItemOK: false },
      service: { serviceCode: 'PCONS', serviceId: ids.service, isServiceOK: false },
    });

    // A user of the family's district finds the member, once the policy service knows the district's villages.
    const inDistrict = await eventually(
      'the policy location projection',
      async () => (await data(ELIGIBILITY, { input: { insuranceNumber: child.insuranceNumber } }, tokens.district)).eligibility,
      (answer) => answer.refusal === 'INSUREE_NOT_FOUND',
    );
    expect(inDistrict.coverage.policies).toEqual([expect.objectContaining({ policyId: ids.policy, letter: 'I' })]);

    const notFound = { refusal: 'INSUREE_NOT_FOUND', coverage: null, item: null, service: null };
    const unknown = (await data(ELIGIBILITY, { input: { insuranceNumber: insuranceNumber(), itemCode: 'PAMOX' } })).eligibility;
    expect(unknown).toEqual(notFound);
    const outside = (await data(ELIGIBILITY, { input: { insuranceNumber: child.insuranceNumber, itemCode: 'PAMOX' } }, tokens.otherDistrict)).eligibility;
    expect(outside).toEqual(notFound);
  });

  it('keeps the policy Idle on a partial contribution, with its balance; the rest makes it Active from max(pay date, start)', async () => {
    // Retried while the contribution service has not learnt the policy from policy's events.
    const first = await mutate(
      'addContribution',
      ADD_CONTRIBUTION,
      { policyId: ids.policy, amount: '10000', receipt: 'P13-R1', payDate: '2024-05-01', payType: 'CASH' },
      /^POLICY_NOT_FOUND$/,
    );
    expect(first).toMatchObject({ paidTotal: '10000.00', balance: '6650.00', warnings: [{ code: 'UNDERPAID' }], errors: [] });
    const partial = await eventually('the paid total on the policy', async () => (await data(POLICY, { id: ids.policy })).policy, (policy) => policy.paidTotal !== '10000.00');
    expect(partial).toMatchObject({ status: 'IDLE', effectiveDate: null, underpaid: false, balance: '6650.00' });

    const rest = (await data(ADD_CONTRIBUTION, { input: { policyId: ids.policy, amount: '6650', receipt: 'P13-R2', payDate: '2024-06-10', payType: 'MOBILE_PHONE' } })).addContribution;
    expect(rest).toMatchObject({ paidTotal: '16650.00', balance: '0.00', warnings: [], errors: [] });
    ids.lastContribution = rest.contribution.id;
    const active = await eventually('the activation', async () => (await data(POLICY, { id: ids.policy })).policy, (policy) => policy.status !== 'ACTIVE');
    // Paid in full on 2024-06-10, before the cycle start of 2024-07-01: covered from the start, every member too.
    expect(active).toMatchObject({ status: 'ACTIVE', effectiveDate: '2024-07-01', paidTotal: '16650.00', underpaid: false, balance: '0.00' });
    expect(active.insureePolicies.map((row: Data) => row.effectiveDate)).toEqual(FAMILY.map(() => '2024-07-01'));
  });

  it('answers eligibility for a member of the Active policy: covered, the item and the service too', async () => {
    const child = members[2];
    const { eligibility } = await data(ELIGIBILITY, { input: { insuranceNumber: child.insuranceNumber, targetDate: '2024-08-01', itemCode: 'PAMOX', serviceCode: 'PCONS' } });
    expect(eligibility).toEqual({
      refusal: null,
      coverage: { insureeId: child.id, usageKnown: true, policies: [{ policyId: ids.policy, productCode: 'P13WORK', status: 'ACTIVE', letter: 'A', effectiveDate: '2024-07-01' }] },
      item: { itemCode: 'PAMOX', itemId: ids.item, isItemOK: true },
      service: { serviceCode: 'PCONS', serviceId: ids.service, isServiceOK: true },
    });
  });

  it('flags the policy underpaid when a contribution is reversed, and leaves it Active', async () => {
    const reversal = (await data(DELETE_CONTRIBUTION, { input: { id: ids.lastContribution } })).deleteContribution;
    expect(reversal).toMatchObject({ paidTotal: '10000.00', balance: '6650.00', errors: [] });
    const underpaid = await eventually('the underpaid flag', async () => (await data(POLICY, { id: ids.policy })).policy, (policy) => !policy.underpaid);
    expect(underpaid).toMatchObject({ status: 'ACTIVE', effectiveDate: '2024-07-01', paidTotal: '10000.00', underpaid: true, balance: '6650.00' });
  });
});
