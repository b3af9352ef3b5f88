import { EntityManager } from '@mikro-orm/postgresql';
import { Right, RIGHT_CATALOGUE, SYSTEM_ROLES } from '@imis/auth';
import { AccessProfiles } from '../src/modules/user/application/access-profiles';
import { IMIS_ADMINISTRATOR_ROLE_ID, SYSTEM_ROLE_IDS } from '../src/modules/user/domain/system-role-ids';
import { ERRORS, startWorld, type World } from './support/user-admin';

const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } ${ERRORS} } }`;
const CLERK_RIGHTS = [...new Set(SYSTEM_ROLES.find((role) => role.bit === 8)!.rights)].sort((a, b) => a - b);

describe('identity: me and the access profiles behind tokens', () => {
  let world: World;
  let profiles: AccessProfiles;

  beforeAll(async () => {
    world = await startWorld();
    profiles = world.identity.app.get(AccessProfiles);
  });
  afterAll(() => world.identity.close());

  async function user(username: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const { createUser } = await world.identity.data(
      CREATE_USER,
      { input: { username, lastName: 'Last', otherNames: 'Other', roleIds: [SYSTEM_ROLE_IDS[8]], ...overrides } },
      world.admin,
    );
    expect(createUser.errors).toEqual([]);
    return createUser.user.id;
  }

  it('gives an interactive user the rights of its current, non-blocked roles and its districts', async () => {
    const { createRole } = await world.identity.data(
      `mutation { createRole(input: { name: "Blocked payer", rights: [121801], blocked: true }) { role { id } } }`,
      {},
      world.admin,
    );
    const id = await user('Clerk.One', { roleIds: [SYSTEM_ROLE_IDS[8], createRole.role.id], districtIds: [world.district(1).id] });
    const profile = await profiles.byUsername('clerk.one');
    expect(profile).toEqual({
      userId: id,
      username: 'Clerk.One',
      claims: {
        sub: id,
        username: 'Clerk.One',
        admin: false,
        rights: CLERK_RIGHTS,
        scope: { everywhere: false, districtIds: [world.district(1).id], villageIds: [] },
      },
    });
    expect(await profiles.byUserId(id)).toEqual(profile);
  });

  it('adds the villages of the enrolment officer linked to the user', async () => {
    const id = await user('officer.one', { roleIds: [SYSTEM_ROLE_IDS[1]] });
    await world.identity.data(
      `mutation ($input: CreateEnrolmentOfficerInput!) { createEnrolmentOfficer(input: $input) { ${ERRORS} } }`,
      { input: { code: 'EO1', lastName: 'L', otherNames: 'O', villageIds: [world.village(1).id, world.village(2).id], userId: id } },
      world.admin,
    );
    const profile = await profiles.byUserId(id);
    expect(profile?.claims.scope).toEqual({ everywhere: false, districtIds: [], villageIds: expect.arrayContaining([world.village(1).id, world.village(2).id]) });
  });

  it('adds the district of the facility of the claim administrator linked to the user', async () => {
    const id = await user('claims.one', { roleIds: [SYSTEM_ROLE_IDS[256]], districtIds: [world.district(1).id] });
    await world.identity.data(
      `mutation ($input: CreateClaimAdministratorInput!) { createClaimAdministrator(input: $input) { ${ERRORS} } }`,
      { input: { code: 'CA1', lastName: 'L', otherNames: 'O', healthFacilityId: world.facility(2).id, userId: id } },
      world.admin,
    );
    const profile = await profiles.byUsername('CLAIMS.ONE');
    expect(profile?.claims.scope).toEqual({ everywhere: false, districtIds: [world.district(1).id, world.district(2).id], villageIds: [] });
  });

  it('reads a profile in at most three queries', async () => {
    const id = await user('counted', { districtIds: [world.district(1).id] });
    const execute = jest.spyOn(EntityManager.prototype, 'execute');
    try {
      expect(await profiles.byUserId(id)).not.toBeNull();
      // The outbox relay and the event consumers query in the background of the same process: count only
      // the statements on the tables a profile reads.
      const profileQueries = execute.mock.calls.filter(([sql]) =>
        /\b(app_user|role|enrolment_officer|claim_administrator)\b/.test(String(sql)),
      );
      expect(profileQueries.length).toBeLessThanOrEqual(3);
      expect(profileQueries.length).toBeGreaterThan(0);
    } finally {
      execute.mockRestore();
    }
  });

  it('makes the holder of the IMIS Administrator role an administrator, everywhere', async () => {
    const id = await user('root', { roleIds: [IMIS_ADMINISTRATOR_ROLE_ID] });
    expect((await profiles.byUserId(id))?.claims).toMatchObject({ admin: true, scope: { everywhere: true } });
  });

  it('lists in me.rights every right an administrator passes, not only its role’s', async () => {
    const id = await user('root.rights', { roleIds: [IMIS_ADMINISTRATOR_ROLE_ID] });
    const headers = await world.headers({ id, username: 'root.rights', rights: [], districtIds: [] });
    const { me } = await world.identity.data('{ me { rights isAdministrator } }', {}, headers);
    expect(me.isAdministrator).toBe(true);
    expect(me.rights).toEqual(RIGHT_CATALOGUE.map((right) => right.code));
    expect(Object.values(Right).filter((code) => !me.rights.includes(code))).toEqual([]);
  });

  it('finds no profile for unknown, deleted or inactive users', async () => {
    expect(await profiles.byUsername('nobody')).toBeNull();
    expect(await profiles.byUserId('not-a-uuid')).toBeNull();
    await user('future', { activeFrom: '2999-01-01' });
    await user('expired', { activeFrom: '2000-01-01', activeTo: '2000-12-31' });
    expect(await profiles.byUsername('future')).toBeNull();
    expect(await profiles.byUsername('expired')).toBeNull();
    const id = await user('gone');
    await world.identity.data(`mutation ($input: DeleteUserInput!) { deleteUser(input: $input) { ${ERRORS} } }`, { input: { id } }, world.admin);
    expect(await profiles.byUserId(id)).toBeNull();
  });

  it('answers me for any signed-in user, from the database when the user exists', async () => {
    const id = await user('me.user', { email: 'me@example.org', language: 'fr', districtIds: [world.district(2).id] });
    // The token's claims are stale on purpose: me tells what the server holds now.
    const headers = await world.headers({ id, username: 'me.user', rights: [], districtIds: [] });
    const { me } = await world.identity.data(
      '{ me { id username lastName otherNames email phone language rights isAdministrator districtIds villageIds roles { name } } }',
      {},
      headers,
    );
    expect(me).toEqual({
      id,
      username: 'me.user',
      lastName: 'Last',
      otherNames: 'Other',
      email: 'me@example.org',
      phone: null,
      language: 'fr',
      rights: CLERK_RIGHTS,
      isAdministrator: false,
      districtIds: [world.district(2).id],
      villageIds: [],
      roles: [{ name: 'Clerk' }],
    });
    const anonymous = await world.identity.graphql('{ me { id } }');
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
