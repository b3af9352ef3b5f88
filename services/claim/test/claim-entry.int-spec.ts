import { readListIds, reverseCreationOrder, type ServiceTestApp, type TestAuthority } from '@imis/testing';
import { claimEntry, seedClaimWorld, type ClaimWorld } from './support/claim-fixtures';
import { startClaim } from './support/claim-service';

const LINE = 'id itemId serviceId quantityProvided priceAsked explanation status rejectionReason';
const CLAIM = `id code insureeId healthFacilityId claimAdminId dateFrom dateTo dateClaimed targetDate visitType status statusCode
  rejectionReason rejectionReasonCode queued submittedAt claimed explanation secondaryDiagnosisIds restoredFromId version items { ${LINE} } services { ${LINE} }`;
const PAYLOAD = `claim { ${CLAIM} } errors { code field } clientMutationId`;
const BULK = `claims { ${CLAIM} } refusals { index code errors { code field } } errors { code field }`;
const CREATE = `mutation($input: CreateClaimInput!) { createClaim(input: $input) { ${PAYLOAD} } }`;
const UPDATE = `mutation($input: UpdateClaimInput!) { updateClaim(input: $input) { ${PAYLOAD} } }`;
const DELETE = `mutation($input: DeleteClaimInput!) { deleteClaim(input: $input) { ${PAYLOAD} } }`;
const RESTORE = `mutation($input: RestoreClaimInput!) { restoreClaim(input: $input) { ${PAYLOAD} } }`;
const SUBMIT = `mutation($input: SubmitClaimsInput!) { submitClaims(input: $input) { ${BULK} } }`;
const ENTER_MANY = `mutation($input: CreateClaimsInput!) { enterAndSubmitClaims(input: $input) { ${BULK} } }`;
const ENTER_SUBMIT = `mutation($input: CreateClaimInput!) { enterAndSubmitClaim(input: $input) { ${PAYLOAD} } }`;
const CLAIM_QUERY = `query($id: ID!) { claim(id: $id) { id code } }`;
const CLAIMS = `query($filter: ClaimFilterInput) { claims(filter: $filter, first: 100) { totalCount edges { node { id code } } } }`;
const HISTORY = `query($id: ID!) { claimHistory(id: $id) { version claimed items { quantityProvided priceAsked } } }`;
const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Insuree { id claims { id } } ... on HealthFacility { id claims { id } } } }`;
const WRITTEN = ['claim', 'claim_item', 'claim_service', 'history', 'outbox'];

interface OutboxEvent {
  type: string;
  subject: string;
  data: Record<string, unknown>;
}

describe('claim entry', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;
  let world: ClaimWorld;
  let clerk: Record<string, string>;
  const create = async (claim: Record<string, unknown>, headers?: Record<string, string>) => (await service.data(CREATE, { input: { claim } }, headers)).createClaim;
  const events = async (claimId: string): Promise<OutboxEvent[]> =>
    (await service.query<{ payload: OutboxEvent }>("select payload from outbox where payload->>'subject' = $1 order by id", [claimId])).map((row) => row.payload);
  const codes = (errors: { code: string }[]) => errors.map((error) => error.code);

  beforeAll(async () => {
    ({ service, authority } = await startClaim());
    world = await seedClaimWorld(service);
    clerk = await authority.headers({ id: world.claimAdminUserId, username: 'clerk', rights: [111001, 111002, 111004, 111007, 111010], districtIds: [world.district1.id] });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('enters a claim with its lines, a generated code and the claimed total, and records the entered event', async () => {
    const result = await create(claimEntry(world));
    expect(result.errors).toEqual([]);
    const claim = result.claim;
    expect(claim).toMatchObject({ status: 'ENTERED', statusCode: 2, rejectionReason: 'ACCEPTED', queued: false, claimed: '51.00', targetDate: '2026-03-02', version: 1 });
    expect(claim.code).toMatch(/^C\d{8}$/);
    expect(claim.items).toEqual([expect.objectContaining({ quantityProvided: 2, priceAsked: '10.50', status: null })]);
    expect(claim.services).toEqual([expect.objectContaining({ quantityProvided: 1, priceAsked: '30.00' })]);
    const [event] = await events(claim.id);
    expect(event.type).toBe('imis.claim.claim.entered.v1');
    expect(event.data).toMatchObject({ id: claim.id, code: claim.code, claimed: '51.00', status: 'ENTERED', insureeId: world.insurees[0].id, healthFacilityId: world.facility1 });
    expect((event.data.items as unknown[]).length).toBe(1);
  });

  it('finds an insuree by insurance number and refuses every bad input with its own code, writing nothing', async () => {
    const byNumber = await create(claimEntry(world, { insureeId: null, insuranceNumber: world.insurees[1].insuranceNumber, code: 'BYNUM' }));
    expect(byNumber.errors).toEqual([]);
    expect(byNumber.claim.insureeId).toBe(world.insurees[1].id);

    const before = await service.counts(WRITTEN);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ insureeId: '0190e0c0-0000-7000-8000-000000000001' }, ['INSUREE_NOT_FOUND']],
      [{ insureeId: null, insuranceNumber: 'NOPE' }, ['INSUREE_NOT_FOUND']],
      [{ healthFacilityId: '0190e0c0-0000-7000-8000-000000000002' }, ['HEALTH_FACILITY_NOT_FOUND']],
      [{ items: [{ code: 'NOPE', quantity: 1, priceAsked: '1.00' }] }, ['ITEM_NOT_FOUND']],
      [{ services: [{ code: 'NOPE', quantity: 1, priceAsked: '1.00' }] }, ['SERVICE_NOT_FOUND']],
      [{ mainDiagnosis: 'ZZZ' }, ['DIAGNOSIS_NOT_FOUND']],
      [{ dateTo: '2026-02-01' }, ['CLAIM_DATE_TO_BEFORE_FROM']],
      [{ dateClaimed: '2026-02-01' }, ['CLAIM_DATE_CLAIMED_BEFORE_FROM']],
      [{ items: [{ code: 'I2', quantity: 0, priceAsked: '1.00' }] }, ['CLAIM_QUANTITY_INVALID']],
      [{ items: [{ code: 'I2', quantity: -1, priceAsked: '1.00' }] }, ['CLAIM_QUANTITY_INVALID']],
      [{ items: [{ code: 'I2', quantity: 1, priceAsked: '0.00' }] }, ['CLAIM_PRICE_INVALID']],
      [{ items: [{ code: 'I2', quantity: 1, priceAsked: '-3.00' }] }, ['CLAIM_PRICE_INVALID']],
      [{ items: [{ code: 'I1', quantity: 6, priceAsked: '1.00' }] }, ['CLAIM_QUANTITY_ABOVE_MAXIMUM']],
      [{ secondaryDiagnoses: ['A01', 'A02', 'A03', 'A04', 'A05'] }, ['TOO_MANY_DIAGNOSES']],
      [{ code: 'BYNUM' }, ['CLAIM_CODE_DUPLICATE']],
      [{ code: 'X'.repeat(21) }, ['CLAIM_CODE_INVALID']],
      [{ items: [], services: [] }, ['CLAIM_LINES_REQUIRED']],
    ];
    for (const [change, expected] of cases) {
      const result = await create(claimEntry(world, change));
      expect({ change, errors: codes(result.errors) }).toEqual({ change, errors: expected });
      expect(result.claim).toBeNull();
    }
    expect(await service.counts(WRITTEN)).toEqual(before);
  });

  it('answers hostile input with GraphQL input errors, never an internal error', async () => {
    const response = await service.graphql(CREATE, { input: { claim: claimEntry(world, { insureeId: 'not-a-uuid', explanation: 'a\u0000b' }) } });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const change of [{ dateFrom: '2026-02-30' }, { items: [{ code: 'I2', quantity: 1, priceAsked: '99999999999999.99' }] }, { visitType: 'X' }]) {
      const refused = await service.graphql(CREATE, { input: { claim: claimEntry(world, change) } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const huge = await create(claimEntry(world, { items: [{ code: 'I2', quantity: 1e300, priceAsked: '1.00' }, { code: 'I2', quantity: 0.001, priceAsked: '1.00' }] }));
    expect(codes(huge.errors)).toEqual(['CLAIM_QUANTITY_INVALID', 'CLAIM_QUANTITY_INVALID']);
  });

  it('updates an Entered claim: lines recreated, claimed recomputed, history keeps the old version with its lines', async () => {
    const { claim } = await create(claimEntry(world, { code: 'UPD1' }));
    const updated = (await service.data(UPDATE, { input: { id: claim.id, version: 1, items: [{ code: 'I2', quantity: 3, priceAsked: '5.00' }], explanation: null } })).updateClaim;
    expect(updated.errors).toEqual([]);
    expect(updated.claim).toMatchObject({ claimed: '15.00', explanation: null, version: 2, code: 'UPD1', services: [] });
    expect(updated.claim.items).toEqual([expect.objectContaining({ quantityProvided: 3, priceAsked: '5.00' })]);
    const history = (await service.data(HISTORY, { id: claim.id })).claimHistory;
    expect(history).toEqual([{ version: 1, claimed: '51.00', items: [{ quantityProvided: 2, priceAsked: '10.50' }] }]);
    expect((await events(claim.id)).map((event) => event.type)).toEqual(['imis.claim.claim.entered.v1', 'imis.claim.claim.updated.v1']);

    const stale = (await service.data(UPDATE, { input: { id: claim.id, version: 1, explanation: 'x' } })).updateClaim;
    expect(codes(stale.errors)).toEqual(['VERSION_CONFLICT']);
    const keepLines = (await service.data(UPDATE, { input: { id: claim.id, dateClaimed: '2026-03-10' } })).updateClaim;
    expect(keepLines.claim).toMatchObject({ claimed: '15.00', dateClaimed: '2026-03-10', version: 3 });
  });

  it('submits claims (queued, still ENTERED) and refuses editing or deleting a submitted claim', async () => {
    const { claim } = await create(claimEntry(world, { code: 'SUB1' }));
    const submitted = (await service.data(SUBMIT, { input: { ids: [claim.id, claim.id, '0190e0c0-0000-7000-8000-000000000003'] } })).submitClaims;
    expect(submitted.claims).toEqual([expect.objectContaining({ id: claim.id, status: 'ENTERED', queued: true })]);
    expect(submitted.refusals).toEqual([
      { index: 1, code: 'SUB1', errors: [{ code: 'CLAIM_ALREADY_SUBMITTED', field: 'ids.1' }] },
      { index: 2, code: null, errors: [{ code: 'CLAIM_NOT_FOUND', field: 'ids.2' }] },
    ]);
    expect((await events(claim.id)).map((event) => event.type)).toEqual(['imis.claim.claim.entered.v1', 'imis.claim.claim.submitted.v1']);
    expect(codes((await service.data(UPDATE, { input: { id: claim.id, explanation: 'late' } })).updateClaim.errors)).toEqual(['CLAIM_NOT_EDITABLE']);
    expect(codes((await service.data(DELETE, { input: { id: claim.id } })).deleteClaim.errors)).toEqual(['CLAIM_NOT_EDITABLE']);

    const both = (await service.data(ENTER_SUBMIT, { input: { claim: claimEntry(world, { code: 'ES1' }) } })).enterAndSubmitClaim;
    expect(both.claim).toMatchObject({ code: 'ES1', queued: true, status: 'ENTERED' });
  });

  it('deletes an Entered claim (its code free again) and restores only a Rejected one, a bounded number of times', async () => {
    const { claim } = await create(claimEntry(world, { code: 'DEL1' }));
    const deleted = (await service.data(DELETE, { input: { id: claim.id, version: 1 } })).deleteClaim;
    expect(deleted.errors).toEqual([]);
    expect((await service.data(CLAIM_QUERY, { id: claim.id })).claim).toBeNull();
    expect((await events(claim.id)).map((event) => event.type)).toEqual(['imis.claim.claim.entered.v1', 'imis.claim.claim.deleted.v1']);
    expect((await create(claimEntry(world, { code: 'DEL1' }))).errors).toEqual([]);

    const { claim: toReject } = await create(claimEntry(world, { code: 'REJ1' }));
    expect(codes((await service.data(RESTORE, { input: { id: toReject.id } })).restoreClaim.errors)).toEqual(['CLAIM_NOT_REJECTED']);
    // Adjudication is a later step: reject it as the checker will.
    await service.query(`update claim set status = 'REJECTED', rejection_reason = 7 where id = $1`, [toReject.id]);
    const restored = (await service.data(RESTORE, { input: { id: toReject.id } })).restoreClaim;
    expect(restored.errors).toEqual([]);
    expect(restored.claim).toMatchObject({ status: 'ENTERED', restoredFromId: toReject.id, claimed: '51.00' });
    expect(restored.claim.items).toHaveLength(1);
    await service.query(`update claim set status = 'REJECTED' where id = $1`, [restored.claim.id]);
    expect(codes((await service.data(RESTORE, { input: { id: restored.claim.id } })).restoreClaim.errors)).toEqual(['CLAIM_RESTORE_LIMIT']);
  });

  it('a claim administrator enters and sees only its facility’s claims; another facility answers as unknown', async () => {
    const own = await create(claimEntry(world, { healthFacilityId: null, code: 'OWN1' }), clerk);
    expect(own.errors).toEqual([]);
    expect(own.claim).toMatchObject({ healthFacilityId: world.facility1, claimAdminId: world.claimAdminId });
    const other = await create(claimEntry(world, { healthFacilityId: world.facility2, code: 'OTH1' }), clerk);
    expect(codes(other.errors)).toEqual(['HEALTH_FACILITY_NOT_FOUND']);

    const foreign = (await create(claimEntry(world, { healthFacilityId: world.facility2, code: 'F2' }))).claim;
    expect((await service.data(CLAIM_QUERY, { id: foreign.id }, clerk)).claim).toBeNull();
    expect(codes((await service.data(UPDATE, { input: { id: foreign.id, explanation: 'x' } }, clerk)).updateClaim.errors)).toEqual(['CLAIM_NOT_FOUND']);
    const listed = (await service.data(CLAIMS, {}, clerk)).claims;
    expect(listed.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(foreign.id);
    expect(listed.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(own.claim.id);

    const districtUser = await authority.headers({ rights: [111001], districtIds: [world.district2.id] });
    expect((await service.data(CLAIM_QUERY, { id: foreign.id }, districtUser)).claim).toMatchObject({ id: foreign.id });
    expect((await service.data(CLAIM_QUERY, { id: own.claim.id }, districtUser)).claim).toBeNull();
    const noRight = await service.graphql(CREATE, { input: { claim: claimEntry(world) } }, await authority.headers({ rights: [111001], districtIds: [world.district1.id] }));
    expect(noRight.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('filters claims and resolves Insuree.claims and HealthFacility.claims in one batch', async () => {
    const byNumber = (await service.data(CLAIMS, { filter: { insuranceNumber: world.insurees[1].insuranceNumber } })).claims;
    expect(byNumber.totalCount).toBe(1);
    const entered = (await service.data(CLAIMS, { filter: { status: 'ENTERED', healthFacilityId: world.facility2 } })).claims;
    expect(entered.totalCount).toBeGreaterThan(0);
    const entities = (
      await service.data(ENTITIES, {
        representations: [
          { __typename: 'Insuree', id: world.insurees[1].id },
          { __typename: 'HealthFacility', id: world.facility2 },
        ],
      })
    )._entities;
    expect(entities[0].claims).toHaveLength(1);
    expect(entities[1].claims.length).toBe(entered.totalCount);
  });

  it('bulk: 3 bad claims of 100 are refused with their index and code, the 97 others entered and submitted', async () => {
    const before = await service.count('claim');
    const claims = Array.from({ length: 100 }, (_, index) => claimEntry(world, { code: `B${index}` }));
    claims[7] = claimEntry(world, { code: 'B7', insureeId: '0190e0c0-0000-7000-8000-000000000009' });
    claims[42] = claimEntry(world, { code: 'B42', items: [{ code: 'I2', quantity: 0, priceAsked: '1.00' }] });
    claims[99] = claimEntry(world, { code: 'B0' });
    const result = (await service.data(ENTER_MANY, { input: { claims } })).enterAndSubmitClaims;
    expect(result.errors).toEqual([]);
    expect(result.refusals).toEqual([
      { index: 7, code: 'B7', errors: [{ code: 'INSUREE_NOT_FOUND', field: 'insureeId' }] },
      { index: 42, code: 'B42', errors: [{ code: 'CLAIM_QUANTITY_INVALID', field: 'items.0.quantity' }] },
      { index: 99, code: 'B0', errors: [{ code: 'CLAIM_CODE_DUPLICATE', field: 'code' }] },
    ]);
    expect(result.claims).toHaveLength(97);
    expect(result.claims.every((claim: { queued: boolean }) => claim.queued)).toBe(true);
    expect(await service.count('claim')).toBe(before + 97);
    const tooMany = (await service.data(ENTER_MANY, { input: { claims: [...claims, claimEntry(world)] } })).enterAndSubmitClaims;
    expect(codes(tooMany.errors)).toEqual(['CLAIM_BATCH_TOO_LARGE']);
  });

  it('generates distinct codes under concurrent entry at one facility', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => create(claimEntry(world, { code: null }))));
    expect(results.every((result) => result.errors.length === 0)).toBe(true);
    const generated = results.map((result) => result.claim.code as string);
    expect(new Set(generated).size).toBe(12);
  });

  it('replays a clientMutationId with the first result', async () => {
    const input = { clientMutationId: 'claim-retry-1', claim: claimEntry(world, { code: 'RETRY1' }) };
    const [first, second] = await Promise.all([service.data(CREATE, { input }), service.data(CREATE, { input })]);
    expect(first.createClaim.claim.id).toBe(second.createClaim.claim.id);
    expect(second.createClaim.errors).toEqual([]);
  });

  it('pages claims in creation order, whatever the order of their ids', async () => {
    const expected = await reverseCreationOrder(service, 'claim');
    expect(expected.length).toBeGreaterThan(2);
    const { ids, pages } = await readListIds(service, 'claims', 40);
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 40));
  });

});
