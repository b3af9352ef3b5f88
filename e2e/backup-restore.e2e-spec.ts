import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';
import { runToCompletion } from '@imis/deployment';
import { testInfrastructure } from '@imis/testing';
import { Deployment } from './support/deployment';
import { type Data, Scenario } from './support/scenario';

/**
 * Issue 16's backup acceptance: data in every service through the gateway (locations and a facility, a user and a
 * role, an insuree with a photo, a medical item, a product, an Active policy paid by a contribution, a payment
 * intent, a claim), answers to a set of queries, `npm run backup`, then `npm run restore` into the empty databases,
 * photo directory and streams of a second deployment (other database names, another event prefix) before it starts:
 * the same queries give the same answers, the streams keep their sequence numbers, the consumers their positions,
 * and a projection follows the events written after the restore. Medical services are created all through the
 * backup: none acknowledged before it is lost, none is published twice, and the policy service's projection of
 * them ends up with exactly the ones in the restored stream.
 */
jest.setTimeout(240_000);

const ADMIN = { username: 'e2e-backup-admin', password: 'Backup-e2e-Pa55word-long' };
const ERRORS = 'errors { code message field }';
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken ${ERRORS} } }`;
const CREATE_LOCATION = `mutation($input: CreateLocationInput!) { createLocation(input: $input) { location { id } ${ERRORS} } }`;
const CREATE_FACILITY = `mutation($input: CreateHealthFacilityInput!) { createHealthFacility(input: $input) { healthFacility { id } ${ERRORS} } }`;
const CREATE_ROLE = `mutation($input: CreateRoleInput!) { createRole(input: $input) { role { id } ${ERRORS} } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } ${ERRORS} } }`;
const CREATE_ITEM = `mutation($input: CreateMedicalItemInput!) { createMedicalItem(input: $input) { item { id } ${ERRORS} } }`;
const UPLOAD_DIAGNOSES = `mutation($input: UploadDiagnosesInput!) { uploadDiagnoses(input: $input) { diagnosisUpload { id } ${ERRORS} } }`;
const DIAGNOSIS_UPLOAD = `query($id: ID!) { diagnosisUpload(id: $id) { status } }`;
const CREATE_SERVICE = `mutation($input: CreateMedicalServiceInput!) { createMedicalService(input: $input) { service { id } ${ERRORS} } }`;
const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } ${ERRORS} } }`;
const CREATE_FAMILY = `mutation($input: CreateFamilyInput!) { createFamily(input: $input) { family { id headInsureeId } ${ERRORS} } }`;
const UPLOAD_PHOTO = `mutation($input: UploadInsureePhotoInput!) { uploadInsureePhoto(input: $input) { insuree { id } ${ERRORS} } }`;
const CREATE_POLICY = `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } ${ERRORS} } }`;
const CREATE_INTENT = `mutation($input: CreatePaymentIntentInput!) { createPaymentIntent(input: $input) { payment { id status } ${ERRORS} } }`;
const ADD_CONTRIBUTION = `mutation($input: AddContributionInput!) { addContribution(input: $input) { paidTotal ${ERRORS} } }`;
const CREATE_CLAIM = `mutation($input: CreateClaimInput!) { createClaim(input: $input) { claim { id } ${ERRORS} } }`;
const POLICY_STATUS = `query($id: ID!) { policy(id: $id) { status } }`;

/** What the comparison asks, through the gateway: every service answers at least one (some from projections). */
const QUERIES: Record<string, string> = {
  locations: `{ locations(first: 100) { totalCount edges { node { id code name type parentId version } } } }`,
  healthFacilities: `{ healthFacilities(first: 100) { totalCount edges { node { id code name districtId version } } } }`,
  users: `{ users(first: 100) { totalCount edges { node { id username lastName roles { id name } } } } }`,
  roles: `{ roles(first: 100) { totalCount edges { node { id name rights } } } }`,
  diagnoses: `{ diagnoses(first: 100) { totalCount edges { node { id code name } } } }`,
  medicalItems: `{ medicalItems(first: 100) { totalCount edges { node { id code name price version } } } }`,
  products: `{ products(first: 100) { totalCount edges { node { id code name lumpSum version } } } }`,
  families: `{ families(first: 100) { totalCount edges { node { id villageId headInsureeId version } } } }`,
  insurees: `{ insurees(first: 100) { totalCount edges { node { id insuranceNumber lastName photoDate photo { contentType sizeBytes contentBase64 } version } } } }`,
  policies: `{ policies(first: 100) { totalCount edges { node { id status value paidTotal balance effectiveDate contributions { receipt amount } insureePolicies { insureeId effectiveDate } version } } } }`,
  payments: `{ payments(first: 100) { totalCount edges { node { id status expectedAmount details { policyId amount } } } } }`,
  claims: `{ claims(first: 100) { totalCount edges { node { id status claimed insureeId healthFacilityId items { itemId quantityProvided priceAsked } } } } }`,
};
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const serial = 40_000_000 + Math.floor(Math.random() * 50_000_000);
const insuranceNumber = (offset: number) => `${serial + offset}${(serial + offset) % 7}`;
const today = new Date().toISOString().slice(0, 10);

interface ManifestStream {
  name: string;
  firstSeq: number;
  lastSeq: number;
  messages: number;
  consumers: { config: { durable_name: string }; ackFloor: number }[];
}

describe('backup and restore of the whole platform', () => {
  const source = new Deployment();
  const restored = new Deployment();
  const backups = mkdtempSync(join(tmpdir(), 'imis-backups-'));
  const ids: Record<string, string> = {};
  const answers: Record<string, Data> = {};
  let backupDirectory = '';
  /** Medical services created before the backup started, and all of those created while it ran. */
  const servicesBefore: string[] = [];
  const servicesDuring: string[] = [];

  const sessionOf = async (deployment: Deployment): Promise<Scenario> => {
    const session = new Scenario(deployment.gatewayUrl, '', () => deployment.recentOutput());
    const login = (await session.data(LOGIN, { input: ADMIN })).login;
    expect(login.errors).toEqual([]);
    session.token = login.accessToken;
    return session;
  };
  const ask = async (session: Scenario) => Object.fromEntries(await Promise.all(Object.entries(QUERIES).map(async ([name, query]) => [name, await session.data(query)])));
  const rows = async (deployment: Deployment, service: string, sql: string, params: unknown[]): Promise<Data[]> => {
    const client = new Client({ connectionString: deployment.database(service).url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  const count = async (deployment: Deployment, service: string, sql: string, params: unknown[]): Promise<number> => Number((await rows(deployment, service, sql, params))[0].n);
  const sorted = (ids: string[]) => [...ids].sort();
  /** The backup's or restore's command as an operator runs it, on a deployment's databases, prefix and photos. */
  const command = async (name: 'backup' | 'restore', deployment: Deployment, args: string[]) => {
    const { natsUrl } = await testInfrastructure();
    const databases = deployment.subgraphs.flatMap(({ definition, database }) => ['--database', `${definition.name}=${database.name}`]);
    const env = { ...process.env, DATABASE_URL: deployment.subgraphs[0].database.serverUrl, NATS_URL: natsUrl, EVENT_PREFIX: deployment.prefix, PHOTO_DIR: deployment.photoDirectory };
    return runToCompletion(`tools/backup/${name}.ts`, env, [...args, ...databases]);
  };
  const run = async (name: 'backup' | 'restore', deployment: Deployment, args: string[]) => {
    const outcome = await command(name, deployment, args);
    expect({ code: outcome.code, stderr: outcome.stderr }).toEqual({ code: 0, stderr: '' });
    return outcome.stdout;
  };

  beforeAll(async () => {
    await source.start(ADMIN, { env: { policy: { JOBS_CONCURRENCY: 'policy-expiry=0,policy-renewal-reminder=0' } } });
  });

  afterAll(async () => {
    await source.stop();
    await restored.stop();
    rmSync(backups, { recursive: true, force: true });
  });

  it('puts data in every service and backs it up while the platform runs', async () => {
    const session = await sessionOf(source);
    const region = await session.created('createLocation', CREATE_LOCATION, { code: 'B16R', name: 'Backup Region', type: 'REGION' }, 'location');
    ids.district = await session.created('createLocation', CREATE_LOCATION, { code: 'B16D', name: 'Backup District', type: 'DISTRICT', parentId: region }, 'location');
    const ward = await session.created('createLocation', CREATE_LOCATION, { code: 'B16W', name: 'Backup Ward', type: 'WARD', parentId: ids.district }, 'location');
    ids.village = await session.created('createLocation', CREATE_LOCATION, { code: 'B16V', name: 'Backup Village', type: 'VILLAGE', parentId: ward }, 'location');
    const facility = { code: 'B16HF', name: 'Backup health centre', legalForm: 'GOVERNMENT', level: 'HEALTH_CENTRE', careType: 'BOTH', districtId: ids.district };
    ids.facility = await session.created('createHealthFacility', CREATE_FACILITY, facility, 'healthFacility');
    const role = await session.created('createRole', CREATE_ROLE, { name: 'Backup reader', rights: [111001] }, 'role');
    await session.created('createUser', CREATE_USER, { username: 'e2e-backup-clerk', lastName: 'Clerk', otherNames: 'Backup', password: 'Clerk-backup-Pa55word', roleIds: [role], districtIds: [ids.district] }, 'user', /^UNKNOWN_DISTRICT$/);
    ids.item = await session.created('createMedicalItem', CREATE_ITEM, { code: 'B16AMX', name: 'Amoxicillin 250 mg', type: 'DRUG', price: '4.50', careType: 'BOTH' }, 'item');
    const file = Buffer.from('code,name\nB16,Backup fever\n').toString('base64');
    const upload = (await session.data(UPLOAD_DIAGNOSES, { input: { file, fileName: 'icd.csv', format: 'CSV', mode: 'ALL_OR_NOTHING', strategy: 'INSERT_ONLY' } })).uploadDiagnoses;
    expect(upload.errors).toEqual([]);
    const limit = { limitationType: 'C', adult: 100, child: 100 };
    const product = { code: 'B16P', name: 'Backup product', dateFrom: '2026-01-01', dateTo: '2030-12-31', insurancePeriod: 12, memberCount: 4, lumpSum: '100', itemLines: [{ itemId: ids.item, priceOrigin: 'P', limits: { normal: limit, emergency: limit, referral: limit } }] };
    ids.product = await session.created('createProduct', CREATE_PRODUCT, product, 'product', /^PRODUCT_LINE_ITEM_UNKNOWN$/);

    const head = { insuranceNumber: insuranceNumber(0), lastName: 'Restorable', otherNames: 'Ada', gender: 'F', birthDate: '1985-03-04' };
    const family = await session.mutate('createFamily', CREATE_FAMILY, { villageId: ids.village, head }, /^FAMILY_VILLAGE_NOT_VILLAGE$/);
    expect(family.errors).toEqual([]);
    ids.insuree = family.family.headInsureeId;
    expect((await session.data(UPLOAD_PHOTO, { input: { insureeId: ids.insuree, contentBase64: PNG, contentType: 'image/png', takenOn: '2026-01-02' } })).uploadInsureePhoto.errors).toEqual([]);
    await session.eventually('the policy service’s insuree projection', () => count(source, 'policy', 'select count(*) n from projected_insuree where id = $1', [ids.insuree]), (known) => known === 0);
    const policy = await session.mutate('createPolicy', CREATE_POLICY, { familyId: family.family.id, productId: ids.product, enrolDate: today }, /^FAMILY_NOT_FOUND$/);
    expect(policy.errors).toEqual([]);
    ids.policy = policy.policy.id;
    const intent = await session.eventually(
      'a payment intent',
      async () => (await session.data(CREATE_INTENT, { input: { phone: '+9779800000016', details: [{ insuranceNumber: head.insuranceNumber, productCode: 'B16P', isRenewal: false }] } })).createPaymentIntent,
      (payload) => payload.payment?.status !== 'INTENT',
    );
    expect(intent.errors).toEqual([]);
    const paid = await session.mutate('addContribution', ADD_CONTRIBUTION, { policyId: ids.policy, amount: '100', receipt: 'B16-R1', payDate: today, payType: 'CASH' }, /^POLICY_NOT_FOUND$/);
    expect(paid.errors).toEqual([]);
    await session.eventually('the activation', async () => (await session.data(POLICY_STATUS, { id: ids.policy })).policy.status, (status) => status !== 'ACTIVE');
    const diagnoses = await session.eventually('the diagnosis upload', async () => (await session.data(DIAGNOSIS_UPLOAD, { id: upload.diagnosisUpload.id })).diagnosisUpload, (read) => ['QUEUED', 'RUNNING'].includes(read.status));
    expect(diagnoses.status).toBe('SUCCEEDED');
    const claim = { healthFacilityId: ids.facility, insureeId: ids.insuree, dateFrom: today, dateClaimed: today, mainDiagnosis: 'B16', items: [{ code: 'B16AMX', quantity: 2, priceAsked: '4.50' }] };
    const created = await session.mutate('createClaim', CREATE_CLAIM, { claim }, /^(INSUREE_NOT_FOUND|HEALTH_FACILITY_NOT_FOUND|ITEM_NOT_FOUND|DIAGNOSIS_NOT_FOUND)$/);
    expect(created.errors).toEqual([]);
    // The answers once every projection has caught up: the policy's balance comes from contribution's.
    Object.assign(answers, await session.eventually('settled answers', () => ask(session), (read) => read.policies.policies.edges[0]?.node.balance !== '0.00'));
    // The service stores photos re-encoded: what matters is that the stored file comes back.
    expect(answers.insurees.insurees.edges[0].node.photo).toMatchObject({ contentType: expect.stringMatching(/^image\//), contentBase64: expect.stringMatching(/^.{40,}$/) });

    // Writes go on while the backup runs.
    const createService = async (index: number) =>
      session.created('createMedicalService', CREATE_SERVICE, { code: `BK${String(index).padStart(4, '0')}`, name: `Backup service ${index}`, type: 'CURATIVE', level: 'VISIT', category: 'CONSULTATION', price: '10', careType: 'OUT_PATIENT' }, 'service');
    for (let index = 0; index < 3; index++) servicesBefore.push(await createService(index));
    let backingUp = true;
    const writer = (async () => {
      for (let index = servicesBefore.length; backingUp; index++) servicesDuring.push(await createService(index));
    })();
    const printed = await run('backup', source, ['--out', backups]).finally(() => (backingUp = false));
    await writer;
    expect(servicesDuring.length).toBeGreaterThan(0);
    backupDirectory = /done in [\d.]+ s: (.+)$/m.exec(printed)![1];
  });

  it('restores into empty databases, photos and streams that give the same answers, sequence numbers and positions', async () => {
    await source.stop(); // its databases, streams and photos are gone: the restored copy stands alone
    const manifest = JSON.parse(readFileSync(join(backupDirectory, 'manifest.json'), 'utf8')) as { services: string[]; streams: ManifestStream[] };
    expect(manifest.services).toEqual(source.subgraphs.map(({ definition }) => definition.name));
    await restored.start(ADMIN, {
      env: { policy: { JOBS_CONCURRENCY: 'policy-expiry=0,policy-renewal-reminder=0' } },
      beforeMigrate: async (deployment) => {
        await run('restore', deployment, [backupDirectory]);
        // Same sequence numbers; every durable consumer from just after its saved acknowledgement floor.
        const nc = await connect({ servers: (await testInfrastructure()).natsUrl });
        const jsm = await jetstreamManager(nc);
        const prefixOf = (name: string) => name.slice(name.indexOf('_') + 1);
        for (const saved of manifest.streams) {
          const info = await jsm.streams.info(`${deployment.prefix.slice(0, -1).toUpperCase()}_${prefixOf(saved.name)}`);
          expect({ name: prefixOf(saved.name), first: info.state.first_seq, last: info.state.last_seq, messages: info.state.messages }).toEqual({ name: prefixOf(saved.name), first: saved.firstSeq, last: saved.lastSeq, messages: saved.messages });
          const consumers = await jsm.consumers.list(info.config.name).next();
          expect(consumers.map((consumer) => [consumer.name, consumer.config.opt_start_seq]).sort()).toEqual(saved.consumers.map((consumer) => [consumer.config.durable_name, consumer.ackFloor + 1]).sort());
        }
        await nc.close();
      },
    });
    const session = await sessionOf(restored);
    expect(await ask(session)).toEqual(answers);

    // The projections follow what is written after the restore: a new family reaches the policy service.
    const family = await session.mutate('createFamily', CREATE_FAMILY, { villageId: ids.village, head: { insuranceNumber: insuranceNumber(1), lastName: 'After', otherNames: 'Restore', gender: 'M', birthDate: '1990-05-06' } }, /^FAMILY_VILLAGE_NOT_VILLAGE$/);
    expect(family.errors).toEqual([]);
    await session.eventually('the new family in the policy service', () => count(restored, 'policy', 'select count(*) n from projected_insuree where id = $1', [family.family.headInsureeId]), (known) => known === 0);
    expect(await count(restored, 'policy', 'select count(*) n from projected_insuree', [])).toBe(2);

    // The medical services written during the backup: every one in the restored database is (or is then
    // published) in the restored stream once, and the policy service's projection has exactly the streamed ones.
    const inDatabase = (await rows(restored, 'medical', `select id from medical_service where code like 'BK%'`, [])).map((row) => row.id as string);
    expect(inDatabase).toEqual(expect.arrayContaining(servicesBefore));
    expect([...servicesBefore, ...servicesDuring]).toEqual(expect.arrayContaining(inDatabase));
    const streamed = async () => (await restored.events.events('medical', 0)).filter((event) => event.type === 'imis.medical.service.created.v1');
    const published = await session.eventually('the restored database’s services in the restored stream', streamed, (events) => !inDatabase.every((id) => events.some((event) => event.subjectId === id)));
    expect(new Set(published.map((event) => event.msgId)).size).toBe(published.length);
    const streamedIds = sorted(published.map((event) => event.subjectId).filter((id) => [...servicesBefore, ...servicesDuring].includes(id)));
    await session.eventually(
      'the policy service’s projection of the streamed services',
      async () => sorted((await rows(restored, 'policy', `select id from projected_medical_service where code like 'BK%'`, [])).map((row) => row.id as string)),
      (projected) => JSON.stringify(projected) !== JSON.stringify(streamedIds),
    );

    // Restoring again onto the running copy is refused, naming what is not empty, before anything changes.
    const again = await command('restore', restored, [backupDirectory]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`database ${restored.database('insuree').name} has`);
    expect(again.stderr).toContain(`directory ${restored.photoDirectory} is not empty`);
    expect(again.stderr).toContain(`stream ${restored.prefix.slice(0, -1).toUpperCase()}_CLAIM exists`);
    expect(again.stderr).toContain('give --force to replace them');
  });
});
