import { Client } from 'pg';
import { rightRange, SYSTEM_ROLES } from '@imis/auth';
import { SYSTEM_ROLE_IDS } from '../src/modules/user/domain/system-role-ids';
import { accessClaimsOf, GOOD_PASSWORD, LOGIN, login } from './support/auth-fixtures';
import { ADMIN_TABLES, ERRORS, startWorld, type World } from './support/user-admin';

const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } ${ERRORS} } }`;
const UPDATE_USER = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { user { id } ${ERRORS} } }`;
const DELETE_USER = `mutation ($input: DeleteUserInput!) { deleteUser(input: $input) { user { id } ${ERRORS} } }`;
const CREATE_OFFICER = `mutation ($input: CreateEnrolmentOfficerInput!) { createEnrolmentOfficer(input: $input) { enrolmentOfficer { id } ${ERRORS} } }`;
const UPDATE_OFFICER = `mutation ($input: UpdateEnrolmentOfficerInput!) { updateEnrolmentOfficer(input: $input) { enrolmentOfficer { id } ${ERRORS} } }`;
const DELETE_OFFICER = `mutation ($input: DeleteEnrolmentOfficerInput!) { deleteEnrolmentOfficer(input: $input) { enrolmentOfficer { id } ${ERRORS} } }`;
const CREATE_CLAIM_ADMIN = `mutation ($input: CreateClaimAdministratorInput!) { createClaimAdministrator(input: $input) { claimAdministrator { id } ${ERRORS} } }`;
const UPDATE_CLAIM_ADMIN = `mutation ($input: UpdateClaimAdministratorInput!) { updateClaimAdministrator(input: $input) { claimAdministrator { id } ${ERRORS} } }`;
const DELETE_CLAIM_ADMIN = `mutation ($input: DeleteClaimAdministratorInput!) { deleteClaimAdministrator(input: $input) { claimAdministrator { id } ${ERRORS} } }`;
const UNKNOWN_ID = '0190f7a4-1d2e-7c3b-8a9f-00000000dead';
const NEW_PASSWORD = 'Takeover-Pass-99';
const CLERK = SYSTEM_ROLES.find((role) => role.bit === 8)!;

type Errors = { code: string; message: string; field: string | null }[];

/**
 * Account takeover across districts: a user administrator of district D1 must not touch (edit, reset the
 * password of, delete, link or unlink) a user who holds anything outside D1, nor give its district to such
 * a user by linking it as an enrolment officer or claim administrator. Each refusal looks exactly like the
 * answer for an id that does not exist.
 */
describe('identity: no account takeover across districts', () => {
  let world: World;
  let districtAdmin: Record<string, string>;

  beforeAll(async () => {
    world = await startWorld();
    // A user administrator of D1 holding every user, officer and claim-administrator right and the Clerk's rights.
    const rights = [...rightRange(121501, 121504), ...rightRange(121601, 121604), ...rightRange(121701, 121704), ...CLERK.rights];
    districtAdmin = await world.headers({ rights, districtIds: [world.district(1).id] });
  });
  afterAll(() => world.identity.close());

  /** A Clerk with a password, created by the administrator. */
  async function createUser(username: string, districts: number[]): Promise<string> {
    const input = { username, lastName: 'Victim', otherNames: 'V', password: GOOD_PASSWORD, roleIds: [SYSTEM_ROLE_IDS[8]], districtIds: districts.map((d) => world.district(d).id) };
    const { createUser: payload } = await world.identity.data(CREATE_USER, { input }, world.admin);
    expect(payload.errors).toEqual([]);
    return payload.user.id;
  }

  /** Runs a mutation as the district administrator; returns its errors and checks it wrote nothing. */
  async function refusedErrors(mutation: string, input: Record<string, unknown>): Promise<Errors> {
    const before = await world.identity.counts(ADMIN_TABLES);
    const payload = Object.values(await world.identity.data(mutation, { input }, districtAdmin))[0] as { errors: Errors };
    expect(await world.identity.counts(ADMIN_TABLES)).toEqual(before);
    return payload.errors;
  }

  /** The refusal for `id` is the very refusal for an id that does not exist. */
  async function expectRefusedAsUnknown(mutation: string, input: (id: string) => Record<string, unknown>, id: string, code: string, field: string) {
    const refused = await refusedErrors(mutation, input(id));
    expect(refused).toEqual([expect.objectContaining({ code, field })]);
    expect(refused).toEqual(await refusedErrors(mutation, input(UNKNOWN_ID)));
  }

  const passwordHash = async (userId: string) =>
    (await world.identity.query<{ password_hash: string }>('select password_hash from credential where user_id = $1', [userId]))[0].password_hash;

  const loginErrors = async (username: string, password: string) =>
    ((await world.identity.data(LOGIN, { input: { username, password } })).login.errors as Errors).map((error) => error.code);

  const userInput = (username: string, districts: number[]) => (id: string) => ({
    id,
    username,
    lastName: 'Taken',
    otherNames: 'Over',
    roleIds: [SYSTEM_ROLE_IDS[8]],
    districtIds: districts.map((d) => world.district(d).id),
    password: NEW_PASSWORD,
  });

  it('refuses, as not found, to edit a user who also holds a district outside the scope: its password stays and the new one does not sign in', async () => {
    const victim = await createUser('victim.two-districts', [1, 2]);
    const hash = await passwordHash(victim);
    // Keeping D2 and setting a password (the takeover), or dropping D2 while at it.
    await expectRefusedAsUnknown(UPDATE_USER, userInput('victim.two-districts', [1, 2]), victim, 'USER_NOT_FOUND', 'id');
    await expectRefusedAsUnknown(UPDATE_USER, userInput('victim.two-districts', [1]), victim, 'USER_NOT_FOUND', 'id');
    await expectRefusedAsUnknown(DELETE_USER, (id) => ({ id }), victim, 'USER_NOT_FOUND', 'id');

    expect(await passwordHash(victim)).toBe(hash);
    expect(await loginErrors('victim.two-districts', NEW_PASSWORD)).toEqual(['INVALID_CREDENTIALS']);
    const { accessToken } = await login(world.identity, 'victim.two-districts', GOOD_PASSWORD);
    expect(accessClaimsOf(accessToken).scope).toEqual({ everywhere: false, districtIds: [world.district(1).id, world.district(2).id], villageIds: [] });
  });

  it('refuses, as not found, to edit a user of its district whose enrolment officer or claim administrator works outside it', async () => {
    const officerLogin = await createUser('victim.officer-d2', [1]);
    const claimsLogin = await createUser('victim.claims-d2', [1]);
    const officer = await world.identity.data(
      CREATE_OFFICER,
      { input: { code: 'TKO1', lastName: 'L', otherNames: 'O', villageIds: [world.village(3).id], userId: officerLogin } },
      world.admin,
    );
    expect(officer.createEnrolmentOfficer.errors).toEqual([]);
    const claims = await world.identity.data(
      CREATE_CLAIM_ADMIN,
      { input: { code: 'TKC1', lastName: 'L', otherNames: 'O', healthFacilityId: world.facility(2).id, userId: claimsLogin } },
      world.admin,
    );
    expect(claims.createClaimAdministrator.errors).toEqual([]);

    for (const [id, username] of [[officerLogin, 'victim.officer-d2'], [claimsLogin, 'victim.claims-d2']]) {
      await expectRefusedAsUnknown(UPDATE_USER, userInput(username, [1]), id, 'USER_NOT_FOUND', 'id');
      expect(await loginErrors(username, NEW_PASSWORD)).toEqual(['INVALID_CREDENTIALS']);
    }
  });

  it('refuses to link an enrolment officer or a claim administrator to a user outside the scope: the user gains none of its locations', async () => {
    const outsider = await createUser('victim.d2', [2]);
    const shared = await createUser('victim.d1-d2', [1, 2]);
    const officer = (userId: string) => ({ code: 'TKO2', lastName: 'L', otherNames: 'O', villageIds: [world.village(1).id], userId });
    const claimAdmin = (userId: string) => ({ code: 'TKC2', lastName: 'L', otherNames: 'O', healthFacilityId: world.facility(1).id, userId });
    for (const victim of [outsider, shared]) {
      await expectRefusedAsUnknown(CREATE_OFFICER, officer, victim, 'UNKNOWN_USER', 'userId');
      await expectRefusedAsUnknown(CREATE_CLAIM_ADMIN, claimAdmin, victim, 'UNKNOWN_USER', 'userId');
    }

    // Linking an officer or claim administrator of its own, first made without a login, is refused the same way.
    const ownOfficer = await world.identity.data(CREATE_OFFICER, { input: officer(null as never) }, districtAdmin);
    const ownClaimAdmin = await world.identity.data(CREATE_CLAIM_ADMIN, { input: claimAdmin(null as never) }, districtAdmin);
    expect([ownOfficer.createEnrolmentOfficer.errors, ownClaimAdmin.createClaimAdministrator.errors]).toEqual([[], []]);
    const officerId = ownOfficer.createEnrolmentOfficer.enrolmentOfficer.id;
    const claimAdminId = ownClaimAdmin.createClaimAdministrator.claimAdministrator.id;
    for (const victim of [outsider, shared]) {
      await expectRefusedAsUnknown(UPDATE_OFFICER, (userId) => ({ ...officer(userId), id: officerId }), victim, 'UNKNOWN_USER', 'userId');
      await expectRefusedAsUnknown(UPDATE_CLAIM_ADMIN, (userId) => ({ ...claimAdmin(userId), id: claimAdminId }), victim, 'UNKNOWN_USER', 'userId');
    }

    const outsiderToken = await login(world.identity, 'victim.d2', GOOD_PASSWORD);
    expect(accessClaimsOf(outsiderToken.accessToken).scope).toEqual({ everywhere: false, districtIds: [world.district(2).id], villageIds: [] });
    const sharedToken = await login(world.identity, 'victim.d1-d2', GOOD_PASSWORD);
    expect(accessClaimsOf(sharedToken.accessToken).scope).toEqual({ everywhere: false, districtIds: [world.district(1).id, world.district(2).id], villageIds: [] });
  });

  it('refuses, as not found, to change or delete an officer or claim administrator whose login holds a district outside the scope', async () => {
    const shared = await createUser('victim.linked-d1-d2', [1, 2]);
    const officer = { code: 'TKO3', lastName: 'L', otherNames: 'O', villageIds: [world.village(1).id], userId: shared };
    const claimAdmin = { code: 'TKC3', lastName: 'L', otherNames: 'O', healthFacilityId: world.facility(1).id, userId: shared };
    const { createEnrolmentOfficer } = await world.identity.data(CREATE_OFFICER, { input: officer }, world.admin);
    const { createClaimAdministrator } = await world.identity.data(CREATE_CLAIM_ADMIN, { input: claimAdmin }, world.admin);
    const [officerId, claimAdminId] = [createEnrolmentOfficer.enrolmentOfficer.id, createClaimAdministrator.claimAdministrator.id];

    // Moving the officer, unlinking its login or deleting it would all change what that login holds.
    await expectRefusedAsUnknown(UPDATE_OFFICER, (id) => ({ ...officer, id, villageIds: [world.village(2).id] }), officerId, 'ENROLMENT_OFFICER_NOT_FOUND', 'id');
    await expectRefusedAsUnknown(UPDATE_OFFICER, (id) => ({ ...officer, id, userId: null }), officerId, 'ENROLMENT_OFFICER_NOT_FOUND', 'id');
    await expectRefusedAsUnknown(DELETE_OFFICER, (id) => ({ id }), officerId, 'ENROLMENT_OFFICER_NOT_FOUND', 'id');
    await expectRefusedAsUnknown(UPDATE_CLAIM_ADMIN, (id) => ({ ...claimAdmin, id, userId: null }), claimAdminId, 'CLAIM_ADMINISTRATOR_NOT_FOUND', 'id');
    await expectRefusedAsUnknown(DELETE_CLAIM_ADMIN, (id) => ({ id }), claimAdminId, 'CLAIM_ADMINISTRATOR_NOT_FOUND', 'id');
  });

  it('checks what a user holds only once a concurrent command linking it outside the scope has committed', async () => {
    const victim = await createUser('victim.concurrent', [1]);
    const hash = await passwordHash(victim);
    const officer = { code: 'TKO5', lastName: 'L', otherNames: 'O', villageIds: [world.village(3).id] };
    const { createEnrolmentOfficer } = await world.identity.data(CREATE_OFFICER, { input: officer }, world.admin);
    // Another command links that officer of D2 to the user, holding the user's row as linking does, and has not committed yet.
    const linker = new Client({ connectionString: world.identity.db.url });
    await linker.connect();
    try {
      await linker.query('begin');
      await linker.query('select id from app_user where id = $1 for update', [victim]);
      await linker.query('update enrolment_officer set user_id = $1 where id = $2', [victim, createEnrolmentOfficer.enrolmentOfficer.id]);
      const takeover = world.identity.data(UPDATE_USER, { input: userInput('victim.concurrent', [1])(victim) }, districtAdmin);
      await world.identity.eventually(async () => {
        const [row] = await world.identity.query<{ waiting: string }>(
          "select count(*) as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
        );
        return Number(row.waiting) > 0;
      });
      await linker.query('commit');
      expect((await takeover).updateUser.errors).toEqual([expect.objectContaining({ code: 'USER_NOT_FOUND', field: 'id' })]);
    } finally {
      await linker.end();
    }
    expect(await passwordHash(victim)).toBe(hash);
  });

  it('still lets a district administrator manage users of its district and link them to its officers and claim administrators', async () => {
    const own = await createUser('own.d1', [1]);
    const update = await world.identity.data(UPDATE_USER, { input: userInput('own.d1', [1])(own) }, districtAdmin);
    expect(update.updateUser.errors).toEqual([]);
    const officer = await world.identity.data(
      CREATE_OFFICER,
      { input: { code: 'TKO4', lastName: 'L', otherNames: 'O', villageIds: [world.village(2).id], userId: own } },
      districtAdmin,
    );
    expect(officer.createEnrolmentOfficer.errors).toEqual([]);
    const claims = await world.identity.data(
      CREATE_CLAIM_ADMIN,
      { input: { code: 'TKC4', lastName: 'L', otherNames: 'O', healthFacilityId: world.facility(1).id, userId: own } },
      districtAdmin,
    );
    expect(claims.createClaimAdministrator.errors).toEqual([]);
    const { accessToken } = await login(world.identity, 'own.d1', NEW_PASSWORD);
    expect(accessClaimsOf(accessToken).scope).toEqual({ everywhere: false, districtIds: [world.district(1).id], villageIds: [world.village(2).id] });
    // Its login holds only D1 locations, so the officer stays the district administrator's to change.
    const moved = await world.identity.data(
      UPDATE_OFFICER,
      { input: { id: officer.createEnrolmentOfficer.enrolmentOfficer.id, code: 'TKO4', lastName: 'L', otherNames: 'O', villageIds: [world.village(1).id], userId: own } },
      districtAdmin,
    );
    expect(moved.updateEnrolmentOfficer.errors).toEqual([]);
  });
});
