import { Right } from '@imis/auth';
import { loadConfig } from '@imis/config';
import { today } from '@imis/kernel';
import { createServiceApp } from '@imis/service-kit';
import { stableNoticeId } from '@imis/notification';
import { uuidv7 } from '@imis/persistence';
import { type GraphQLData, locationCreatedEvents, locationTree, readEveryPage, reverseCreationOrder, ServiceTestApp, TestAuthority } from '@imis/testing';
import { randomBytes } from 'crypto';
import { AppModule } from '../src/app.module';
import { policyOrmConfig } from '../src/config/policy-orm.config';
import { fundingFamilyId } from '../src/modules/funding';
import { policyService } from '../src/service';
import { ADMINISTRATOR } from './support/policy-service';
import { productInput } from './support/product-fixtures';
import { dayFrom, InMemoryNotifier, insertFamily, insertPolicy, monthsBefore, officerState, publishOfficers } from './support/renewal-fixtures';

const RENEWER = { id: '0190e0c0-0000-7000-8000-0000000be001', username: 'renewer', rights: [Right.PolicyRenew] };
const NOBODY = { id: '0190e0c0-0000-7000-8000-0000000be002', username: 'clerk', rights: [] };

const RUN = (name: string) => `mutation { ${name} { policyJobRun { id kind status trigger requestedBy } errors { code message } } }`;
const RUN_REMINDERS = `mutation($input: RunRenewalRemindersInput) { runRenewalReminders(input: $input) {
  policyJobRun { id status locationId officerId dateFrom dateTo } errors { code field } } }`;
const RUNS = `query($kind: PolicyJobKind) { policyJobRuns(kind: $kind, first: 50) { totalCount edges { node {
  id kind trigger status runDate requestedBy selected skipped created notified expired failureMessage locationId officerId dateFrom dateTo } } } }`;
const RENEWALS = `query($filter: PolicyRenewalFilterInput) { policyRenewals(filter: $filter, first: 50) { totalCount edges { node {
  policyId familyId headInsureeId productId newProductId officerId newOfficerId promptDate renewalDate warnings runId photos { insureeId reason photoDate } } } } }`;

describe('policy service: nightly expiry and renewal reminders', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;
  const notifier = new InMemoryNotifier();
  const day = today();

  beforeAll(async () => {
    authority = await TestAuthority.create();
    service = await ServiceTestApp.start(
      policyService.name,
      (env) => {
        const config = loadConfig(policyService.envSchema, env);
        return createServiceApp(AppModule.forRoot(config, { notifier }), config, policyOrmConfig(config));
      },
      { AUTH_JWKS: authority.jwks, JOBS_QUEUE_PREFIX: `imis-test-${randomBytes(4).toString('hex')}`, POLICY_EXPIRY_BATCH_SIZE: '2' },
      await authority.headers(ADMINISTRATOR),
    );
  });
  afterAll(() => service?.close());

  async function product(code: string, change: Record<string, unknown> = {}): Promise<string> {
    const input = productInput(code, { dateFrom: dayFrom(day, -400), dateTo: dayFrom(day, 400), ...change });
    const { createProduct } = await service.data('mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } errors { code } } }', { input });
    if (!createProduct.product) throw new Error(JSON.stringify(createProduct.errors));
    return createProduct.product.id;
  }

  /** Runs a job now through GraphQL and waits for its run to finish. */
  async function run(mutation: 'runPolicyExpiry' | 'runRenewalReminders'): Promise<GraphQLData> {
    const started = (await service.data(RUN(mutation)))[mutation];
    expect(started.policyJobRun).toMatchObject({ status: 'QUEUED', trigger: 'MANUAL', requestedBy: ADMINISTRATOR.id });
    return finished(started.policyJobRun.id);
  }

  /** Runs the reminders now with filters, as `headers`' user; its run once finished, or the refusals. */
  async function runReminders(input: Record<string, unknown>, headers?: Record<string, string>): Promise<{ run: GraphQLData | null; errors: GraphQLData[] }> {
    const { policyJobRun, errors } = (await service.data(RUN_REMINDERS, { input }, headers)).runRenewalReminders;
    return { run: policyJobRun ? await finished(policyJobRun.id) : null, errors };
  }

  async function finished(runId: string): Promise<GraphQLData> {
    return service.eventually(async () => {
      const runs = (await service.data(RUNS)).policyJobRuns.edges.map(({ node }: GraphQLData) => node);
      const done = runs.find((node: GraphQLData) => node.id === runId);
      return done?.status === 'SUCCEEDED' || done?.status === 'FAILED' ? done : null;
    }, 30_000);
  }

  it('expires every current policy past its expiry date, whatever its status, in batches with history and one event each; a second run changes nothing', async () => {
    const productId = await product('EXP1');
    const family = (await insertFamily(service, [{ birthDate: '1980-01-01', photoDate: day }])).familyId;
    const past = await Promise.all([
      insertPolicy(service, { familyId: family, productId, expiryDate: dayFrom(day, -1) }),
      insertPolicy(service, { familyId: family, productId, expiryDate: dayFrom(day, -30) }),
      insertPolicy(service, { familyId: family, productId, expiryDate: dayFrom(day, -2), status: 'IDLE' }),
      insertPolicy(service, { familyId: family, productId, expiryDate: dayFrom(day, -3), status: 'SUSPENDED' }),
    ]);
    const current = await insertPolicy(service, { familyId: family, productId, expiryDate: day });
    const expiredAlready = await insertPolicy(service, { familyId: family, productId, expiryDate: dayFrom(day, -5), status: 'EXPIRED' });

    const first = await run('runPolicyExpiry');
    expect(first).toMatchObject({ kind: 'EXPIRY', status: 'SUCCEEDED', runDate: day, expired: 4, created: 0, failureMessage: null });
    const statuses = await service.query<{ id: string; status: string; version: number; changed_by: string }>(`select id, status, version, changed_by from policy where family_id = $1`, [family]);
    const byId = new Map(statuses.map((row) => [row.id, row]));
    for (const policy of past) expect(byId.get(policy.id)).toMatchObject({ status: 'EXPIRED', version: 2, changed_by: 'system:policy-expiry' });
    expect(byId.get(current.id)).toMatchObject({ status: 'ACTIVE', version: 1 });
    expect(byId.get(expiredAlready.id)).toMatchObject({ status: 'EXPIRED', version: 1 });

    const history = await service.query<{ entity_id: string; version: number; status: string; replaced_by: string }>(
      `select entity_id, version, data->>'status' as status, replaced_by from history where entity_type = 'Policy' order by entity_id`,
    );
    expect(history.map((row) => [row.entity_id, row.version, row.status, row.replaced_by])).toEqual(
      [...past].sort((a, b) => a.id.localeCompare(b.id)).map((policy) => [policy.id, 1, policy.status, 'system:policy-expiry']),
    );

    const outbox = await service.query<{ payload: { subject: string; data: { expiredOn: string; policies: { id: string; familyId: string; version: number }[] } } }>(
      `select payload from outbox where payload->>'type' = 'imis.policy.policy.expired.v1' order by created_at`,
    );
    expect(outbox.map(({ payload }) => payload.data.policies.length)).toEqual([2, 2]);
    expect(outbox.every(({ payload }) => payload.data.expiredOn === day && payload.subject === first.id)).toBe(true);
    expect(outbox.flatMap(({ payload }) => payload.data.policies.map((policy) => policy.id)).sort()).toEqual(past.map((policy) => policy.id).sort());
    expect(outbox[0].payload.data.policies[0]).toMatchObject({ familyId: family, version: 2 });
    const published = (await service.publishedEvents(2)).filter((event) => event.type === 'imis.policy.policy.expired.v1');
    expect(published).toHaveLength(2);

    const second = await run('runPolicyExpiry');
    expect(second).toMatchObject({ status: 'SUCCEEDED', runDate: day, expired: 0 });
    expect(await service.query(`select 1 from outbox where payload->>'type' = 'imis.policy.policy.expired.v1'`)).toHaveLength(2);
    expect(await service.query(`select 1 from history where entity_type = 'Policy'`)).toHaveLength(4);
    // Out of the reminders' way.
    await service.query(`update policy set deleted_at = now() where family_id = $1`, [family]);
  });

  it('creates renewal reminders with the conversion chain (loop-guarded), warnings and photo list, skips the rest, and notifies officer and head', async () => {
    const officer = '0190e0c0-0000-7000-8000-0000000000f1';
    const chainEnd = await product('RNC');
    const middle = await product('RNB', { conversionProductId: chainEnd });
    const first = await product('RNA', { conversionProductId: middle });
    // A loop stored before the products' check existed: RNC converts back into RNB.
    await service.query(`update product set conversion_product_id = $1 where id = $2`, [middle, chainEnd]);
    const ended = await product('RND', { dateTo: dayFrom(day, 3) });

    const f1 = await insertFamily(service, [
      { birthDate: '1980-01-01', photoDate: null },
      { birthDate: '1970-01-01', photoDate: monthsBefore(day, 61) },
      { birthDate: '1975-01-01', photoDate: monthsBefore(day, 59) },
      { birthDate: dayFrom(day, -3650), photoDate: monthsBefore(day, 13) },
      { birthDate: dayFrom(day, -3650), photoDate: monthsBefore(day, 11) },
    ]);
    const reminded = await insertPolicy(service, { familyId: f1.familyId, productId: first, officerId: officer, expiryDate: dayFrom(day, 10) });
    const f2 = await insertFamily(service, [{ birthDate: '1980-01-01', photoDate: day }]);
    const noOfficer = await insertPolicy(service, { familyId: f2.familyId, productId: ended, expiryDate: dayFrom(day, 5), status: 'EXPIRED' });
    const f3 = await insertFamily(service, [{ birthDate: '1980-01-01', photoDate: day }]);
    const renewedByConversion = await insertPolicy(service, { familyId: f3.familyId, productId: first, officerId: officer, expiryDate: dayFrom(day, 7) });
    await insertPolicy(service, { familyId: f3.familyId, productId: chainEnd, expiryDate: dayFrom(day, 400), startDate: dayFrom(day, 8), status: 'IDLE' });
    const f4 = await insertFamily(service, [{ birthDate: '1980-01-01', photoDate: day }]);
    const renewedSame = await insertPolicy(service, { familyId: f4.familyId, productId: ended, officerId: officer, expiryDate: dayFrom(day, 2) });
    await insertPolicy(service, { familyId: f4.familyId, productId: ended, expiryDate: dayFrom(day, 400), startDate: dayFrom(day, 9), status: 'IDLE' });
    const f5 = await insertFamily(service, [{ birthDate: '1980-01-01', photoDate: day }]);
    const overlapping = await insertPolicy(service, { familyId: f5.familyId, productId: chainEnd, officerId: officer, expiryDate: dayFrom(day, 1) });
    await insertPolicy(service, { familyId: f5.familyId, productId: chainEnd, expiryDate: dayFrom(day, 300), startDate: dayFrom(day, 1), status: 'IDLE' });
    await insertPolicy(service, { familyId: f5.familyId, productId: first, officerId: officer, expiryDate: dayFrom(day, 15) }); // beyond 14 days
    await insertPolicy(service, { familyId: f5.familyId, productId: first, officerId: officer, expiryDate: dayFrom(day, 4), status: 'SUSPENDED' });

    // A funding policy (ADR 0016): its pseudo-family has no one to remind, so it is not even selected.
    const fundingFamily = fundingFamilyId(first, null);
    await service.query('insert into funding_family (family_id, product_id, location_id) values ($1, $2, null)', [fundingFamily, first]);
    const funded = await insertPolicy(service, { familyId: fundingFamily, productId: first, expiryDate: dayFrom(day, 6) });
    await publishOfficers(service, [officerState({ id: officer })]);

    const firstRun = await run('runRenewalReminders');
    expect(firstRun).toMatchObject({ kind: 'RENEWAL_REMINDER', status: 'SUCCEEDED', runDate: day, selected: 5, skipped: 2, created: 3, notified: 5, expired: 0 });
    expect(firstRun).toMatchObject({ locationId: null, officerId: null, dateFrom: null, dateTo: null });

    const renewals = async (filter: Record<string, unknown>, headers?: Record<string, string>) => (await service.data(RENEWALS, { filter }, headers)).policyRenewals;
    // Right 101205 reads reminders of families in its data scope only (this user has none).
    expect((await renewals({ policyId: reminded.id }, await authority.headers(RENEWER))).totalCount).toBe(0);
    const one = await renewals({ policyId: reminded.id });
    expect(one.edges[0].node).toMatchObject({
      familyId: f1.familyId,
      headInsureeId: f1.insureeIds[0],
      productId: first,
      newProductId: chainEnd,
      officerId: officer,
      newOfficerId: officer,
      promptDate: day,
      renewalDate: dayFrom(day, 11),
      warnings: 0,
      runId: firstRun.id,
    });
    expect(one.edges[0].node.photos.map((photo: GraphQLData) => [photo.insureeId, photo.reason]).sort()).toEqual(
      [
        [f1.insureeIds[0], 'NO_PHOTO'],
        [f1.insureeIds[1], 'PHOTO_TOO_OLD'],
        [f1.insureeIds[3], 'PHOTO_TOO_OLD'],
      ].sort(),
    );
    const warned = (await renewals({ policyId: noOfficer.id })).edges[0].node;
    expect(warned).toMatchObject({ newProductId: ended, officerId: null, newOfficerId: null, warnings: 1 | 2, renewalDate: dayFrom(day, 6), photos: [] });
    expect((await renewals({ policyId: overlapping.id })).totalCount).toBe(1);
    expect((await renewals({ policyId: renewedByConversion.id })).totalCount).toBe(0);
    expect((await renewals({ policyId: renewedSame.id })).totalCount).toBe(0);
    expect((await renewals({ policyId: funded.id })).totalCount).toBe(0);
    expect((await renewals({ runId: firstRun.id })).totalCount).toBe(3);

    expect(notifier.sent.filter((notice) => notice.policyId === reminded.id).map((notice) => [notice.recipient, notice.recipientId])).toEqual([
      ['OFFICER', officer],
      ['FAMILY_HEAD', f1.insureeIds[0]],
    ]);
    expect(notifier.sent.filter((notice) => notice.policyId === noOfficer.id).map((notice) => notice.recipient)).toEqual(['FAMILY_HEAD']);
    const stored = await service.query<{ id: string; channel: string; outcome: string }>(`select id, channel, outcome from policy_renewal_notification`);
    expect(stored).toHaveLength(5);
    // Each notice's id comes from what a retried attempt computes again (policy, run date, recipient): the adapter's idempotency key.
    const expectedId = (policyId: string, kind: string, recipientId: string | null) => stableNoticeId('renewal', policyId, day, kind, recipientId ?? '');
    expect(notifier.notices.map((notice) => notice.id)).toEqual(notifier.sent.map((notice) => expectedId(notice.policyId, notice.recipient, notice.recipientId)));
    expect(stored.map((row) => row.id).sort()).toEqual(notifier.notices.map((notice) => notice.id).sort());
    expect(stored.every((row) => row.channel === 'memory' && row.outcome === 'SENT')).toBe(true);

    const secondRun = await run('runRenewalReminders');
    expect(secondRun).toMatchObject({ status: 'SUCCEEDED', selected: 5, skipped: 5, created: 0, notified: 0 });
    expect(await service.count('policy_renewal')).toBe(3);
    expect(notifier.sent).toHaveLength(5);
  });

  it('lists runs by kind under 101201 and refuses reads and runs without the rights', async () => {
    const { policyJobRuns } = await service.data(RUNS, { kind: 'EXPIRY' });
    expect(policyJobRuns.totalCount).toBe(2);
    expect(policyJobRuns.edges.map(({ node }: GraphQLData) => node.expired)).toEqual([4, 0]);
    expect((await service.data(RUNS, { kind: 'RENEWAL_REMINDER' })).policyJobRuns.totalCount).toBe(2);
    const queued = await service.query<{ id: string }>('select id from policy_job_run order by queued_at, id');
    const { nodes, pages } = await readEveryPage(
      async (after) => (await service.data('query($after: String) { policyJobRuns(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { after })).policyJobRuns,
    );
    expect(nodes.map((node) => node.id)).toEqual(queued.map((row) => row.id));
    expect(pages).toBe(4);
    const reminders = await reverseCreationOrder(service, 'policy_renewal', 'true');
    const everyReminder = await readEveryPage(
      async (after) => (await service.data('query($after: String) { policyRenewals(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { after })).policyRenewals,
    );
    expect(everyReminder.nodes.map((node) => node.id)).toEqual(reminders);
    expect(everyReminder.pages).toBe(2);

    const renewer = await authority.headers(RENEWER);
    const forbidden = async (query: string, headers: Record<string, string>) => (await service.graphql(query, {}, headers)).errors?.[0]?.extensions?.code;
    expect(await forbidden(RUNS, renewer)).toBe('FORBIDDEN');
    expect(await forbidden(RUN('runPolicyExpiry'), renewer)).toBe('FORBIDDEN');
    expect(await forbidden(RENEWALS, await authority.headers(NOBODY))).toBe('FORBIDDEN');
    expect(await forbidden(RUN('runRenewalReminders'), await authority.headers(NOBODY))).toBe('FORBIDDEN');
  });

  it('hands each reminder to the end of the officer substitution chain (loop-guarded), with warnings 2 and 4, and notifies that officer', async () => {
    const productId = await product('RNO');
    const renewal = dayFrom(day, 4);
    const [a, b, c, d, e, f, g] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    await publishOfficers(
      service,
      [
        officerState({ id: a, substitutionOfficerId: b, worksTo: dayFrom(renewal, -1) }), // ends the day before: its substitute takes over
        officerState({ id: b, substitutionOfficerId: c, worksTo: renewal }), // still works on the renewal date
        officerState({ id: c, substitutionOfficerId: d, worksTo: day }), // c → d → c: nobody works then
        officerState({ id: d, substitutionOfficerId: c, worksTo: day }),
        officerState({ id: e, substitutionOfficerId: f, worksTo: day }), // its substitute was deleted
        officerState({ id: f }),
        officerState({ id: g }), // deleted itself
      ],
      [f, g],
    );
    const policyOf = async (officerId: string) => {
      const family = await insertFamily(service, [{ birthDate: '1980-01-01', photoDate: day }]);
      return (await insertPolicy(service, { familyId: family.familyId, productId, officerId, expiryDate: dayFrom(day, 3) })).id;
    };
    const policies = { substituted: await policyOf(a), looping: await policyOf(c), substituteDeleted: await policyOf(e), officerDeleted: await policyOf(g) };

    const reminders = await run('runRenewalReminders');
    expect(reminders).toMatchObject({ status: 'SUCCEEDED', created: 4 });
    const renewalOf = async (policyId: string) => (await service.data(RENEWALS, { filter: { policyId } })).policyRenewals.edges[0].node;
    expect(await renewalOf(policies.substituted)).toMatchObject({ officerId: a, newOfficerId: b, renewalDate: renewal, warnings: 0 });
    expect(await renewalOf(policies.looping)).toMatchObject({ officerId: c, newOfficerId: d, warnings: 4 });
    expect(await renewalOf(policies.substituteDeleted)).toMatchObject({ officerId: e, newOfficerId: e, warnings: 4 });
    expect(await renewalOf(policies.officerDeleted)).toMatchObject({ officerId: g, newOfficerId: null, warnings: 2 });
    const officerNotices = (policyId: string) => notifier.sent.filter((notice) => notice.policyId === policyId && notice.recipient === 'OFFICER').map((notice) => notice.recipientId);
    expect(officerNotices(policies.substituted)).toEqual([b]);
    expect(officerNotices(policies.officerDeleted)).toEqual([]);
  });

  it('runs for a location, an officer or a range of expiry dates only, stores them on the run, and refuses filters that are wrong or outside the scope', async () => {
    const tree = locationTree({ regions: 1, districtsPerRegion: 2, wardsPerDistrict: 1, villagesPerWard: 1, codePrefix: 'RF' });
    const place = Object.fromEntries(tree.map((location) => [location.code, location]));
    await service.publishAs('location', locationCreatedEvents(tree));
    await service.eventually(async () => (await service.query('select id from projected_location where id = any($1::uuid[])', [tree.map((l) => l.id)])).length === tree.length);
    const [district1, district2, village1, village2] = [place.RF1D1, place.RF1D2, place.RF111V1, place.RF121V1];
    const [x, y] = [uuidv7(), uuidv7()];
    await publishOfficers(service, [officerState({ id: x, villageIds: [village1.id] }), officerState({ id: y, villageIds: [village2.id] })]);
    const productId = await product('RNF');
    const policyIn = async (villageId: string, officerId: string, expiresIn: number) => {
      const family = await insertFamily(service, [{ birthDate: '1980-01-01', photoDate: day }], villageId);
      return (await insertPolicy(service, { familyId: family.familyId, productId, officerId, expiryDate: dayFrom(day, expiresIn) })).id;
    };
    const inDistrict1 = [await policyIn(village1.id, x, 5), await policyIn(village1.id, y, 9)];
    const inDistrict2 = await policyIn(village2.id, x, 5);
    const laterOfX = await policyIn(village1.id, x, 30);
    const laterOfY = await policyIn(village2.id, y, 20);
    const reminded = async () => new Set((await service.query<{ policy_id: string }>('select policy_id from policy_renewal')).map((row) => row.policy_id));

    const byLocation = await runReminders({ locationId: district1.id });
    expect(byLocation.errors).toEqual([]);
    expect(byLocation.run).toMatchObject({ status: 'SUCCEEDED', selected: 2, created: 2, locationId: district1.id, officerId: null, dateFrom: null, dateTo: null });
    let done = await reminded();
    expect(inDistrict1.map((id) => done.has(id))).toEqual([true, true]);
    expect(done.has(inDistrict2)).toBe(false);

    const byOfficerAndDates = await runReminders({ officerId: x, dateFrom: dayFrom(day, 6), dateTo: dayFrom(day, 40) });
    expect(byOfficerAndDates.run).toMatchObject({ status: 'SUCCEEDED', selected: 1, created: 1, officerId: x, dateFrom: dayFrom(day, 6), dateTo: dayFrom(day, 40), locationId: null });
    done = await reminded();
    expect([done.has(laterOfX), done.has(laterOfY), done.has(inDistrict2)]).toEqual([true, false, false]);

    const before = await service.counts(['policy_job_run', 'job']);
    const refused = async (input: Record<string, unknown>, headers?: Record<string, string>) => (await runReminders(input, headers)).errors.map((e) => `${e.field}:${e.code}`);
    expect(await refused({ dateFrom: dayFrom(day, 2), dateTo: dayFrom(day, 1) })).toEqual(['dateTo:RENEWAL_DATE_RANGE_INVALID']);
    expect(await refused({ locationId: uuidv7(), officerId: uuidv7() })).toEqual(['locationId:RENEWAL_LOCATION_NOT_FOUND', 'officerId:RENEWAL_OFFICER_NOT_FOUND']);
    const district2Editor = await authority.headers({ id: '0190e0c0-0000-7000-8000-0000000be003', rights: [Right.PolicyEdit, Right.PolicySearch], districtIds: [district2.id] });
    expect(await refused({}, district2Editor)).toEqual(['locationId:RENEWAL_LOCATION_REQUIRED']);
    expect(await refused({ locationId: district1.id }, district2Editor)).toEqual(['locationId:RENEWAL_LOCATION_NOT_FOUND']);
    expect(await refused({ locationId: district2.id, officerId: x }, district2Editor)).toEqual(['officerId:RENEWAL_OFFICER_NOT_FOUND']);
    expect(await service.counts(['policy_job_run', 'job'])).toEqual(before);

    const withinScope = await runReminders({ locationId: district2.id, officerId: y, dateTo: dayFrom(day, 25) }, district2Editor);
    expect(withinScope.run).toMatchObject({ status: 'SUCCEEDED', selected: 1, created: 1, requestedBy: '0190e0c0-0000-7000-8000-0000000be003' });
    done = await reminded();
    expect([done.has(laterOfY), done.has(inDistrict2)]).toEqual([true, false]);
  });
});
