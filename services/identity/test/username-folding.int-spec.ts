import type { ServiceTestApp } from '@imis/testing';
import { systemRoleId } from '../src/modules/user/domain/system-role-ids';
import { createUser, GOOD_PASSWORD, LOGIN, startAuthWorld, type AuthWorld } from './support/auth-fixtures';

const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } errors { code field } } }`;
const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { user { id } errors { code field } } }`;
const WRONG_PASSWORD = 'Wrong-password-1';

/** U+0130: PostgreSQL lowers it to "i", JavaScript to "i" and U+0307 (a combining dot). */
const DOTTED_I = '\u0130';
/** U+212A: both lower it to "k". */
const KELVIN = '\u212A';

/**
 * Usernames fold case by one rule, the database's lower(): the unique index, the lookup at login and the
 * lockout counter all use it. The lockout once folded with JavaScript instead, so a username locked after
 * 5 failures signed in under a spelling PostgreSQL matched and JavaScript did not (`pvİctim`).
 */
describe('identity: one case-folding rule for usernames', () => {
  let world: AuthWorld;
  let identity: ServiceTestApp;

  beforeAll(async () => {
    world = await startAuthWorld({ LOGIN_MAX_FAILURES: '5', LOGIN_LOCKOUT_MINUTES: '15' });
    identity = world.identity;
  });
  afterAll(() => identity.close());

  const attempt = async (username: string, password: string) => (await identity.data(LOGIN, { input: { username, password } })).login;
  const fail = async (username: string, times: number) => {
    for (let failure = 0; failure < times; failure++) expect((await attempt(username, WRONG_PASSWORD)).errors[0].code).toBe('INVALID_CREDENTIALS');
  };
  const outcome = async (username: string, password: string) => {
    const payload = await attempt(username, password);
    return { username, signedIn: payload.accessToken !== null, code: payload.errors[0]?.code ?? null };
  };

  it('signs in under the spellings the database folds to the username, Turkish dotted I and Kelvin sign included', async () => {
    await createUser(world, { username: 'ivy.kim' });
    for (const spelling of ['ivy.kim', 'IVY.KIM', `${DOTTED_I}vy.kim`, `ivy.${KELVIN}im`, `${DOTTED_I}VY.${KELVIN}IM`]) {
      expect(await outcome(spelling, GOOD_PASSWORD)).toEqual({ username: spelling, signedIn: true, code: null });
    }
  });

  it(`after 5 failures for pvictim, refuses pv${DOTTED_I}ctim and every other spelling of it with the right password`, async () => {
    await createUser(world, { username: 'pvictim' });
    await fail('pvictim', 5);
    for (const spelling of ['pvictim', 'PVICTIM', `pv${DOTTED_I}ctim`, `PV${DOTTED_I}CT${DOTTED_I}M`]) {
      expect(await outcome(spelling, GOOD_PASSWORD)).toEqual({ username: spelling, signedIn: false, code: 'ACCOUNT_LOCKED' });
    }
    // One counter, under the database's folding, whatever spellings were tried.
    expect(await identity.query("select username, failures from login_throttle where username like 'pv%'")).toEqual([{ username: 'pvictim', failures: 5 }]);
  });

  it('locks the username whichever spelling the failures used', async () => {
    await createUser(world, { username: 'iris' });
    await createUser(world, { username: 'kestrel' });
    await fail(`${DOTTED_I}RIS`, 5);
    await fail(`${KELVIN}estrel`, 5);
    for (const spelling of ['iris', `${DOTTED_I}ris`, 'kestrel', `${KELVIN}ESTREL`]) {
      expect(await outcome(spelling, GOOD_PASSWORD)).toEqual({ username: spelling, signedIn: false, code: 'ACCOUNT_LOCKED' });
    }
  });

  it('keeps apart what the database keeps apart (sharp s, long s): other usernames, with their own counters', async () => {
    await createUser(world, { username: 'strasse' });
    // Neither is "strasse" to lower(): they do not sign in as it, and their failures do not lock it.
    for (const spelling of ['STRAßE', 'ſtrasse']) {
      expect(await outcome(spelling, GOOD_PASSWORD)).toEqual({ username: spelling, signedIn: false, code: 'INVALID_CREDENTIALS' });
      await fail(spelling, 4);
    }
    expect(await outcome('strasse', GOOD_PASSWORD)).toEqual({ username: 'strasse', signedIn: true, code: null });
    const counters = await identity.query("select username, failures from login_throttle where username like '%tra%' order by username");
    expect(counters).toEqual([
      { username: 'straße', failures: 5 },
      { username: 'ſtrasse', failures: 5 },
    ]);
  });

  it('creates no user, and renames none, to a username that folds to an existing one', async () => {
    await createUser(world, { username: 'Sigma.Kilo' });
    const other = await createUser(world, { username: 'other.user' });
    const input = (username: string) => ({ username, lastName: 'Doe', otherNames: 'Jane', roleIds: [systemRoleId(8)], districtIds: [world.districtId] });
    for (const [username, code] of [
      ['sigma.kilo', 'USERNAME_TAKEN'],
      ['SIGMA.KILO', 'USERNAME_TAKEN'],
      [`sigma.${KELVIN}ilo`, 'USERNAME_INVALID'],
      [`s${DOTTED_I}gma.kilo`, 'USERNAME_INVALID'],
      ['ΣΙΓΜΑ.kilo', 'USERNAME_INVALID'],
      ['straße', 'USERNAME_INVALID'],
    ]) {
      const created = (await identity.data(CREATE, { input: input(username) }, world.adminHeaders)).createUser;
      expect({ username, errors: created.errors }).toEqual({ username, errors: [{ code, field: 'username' }] });
      const renamed = (await identity.data(UPDATE, { input: { id: other.id, version: 1, ...input(username) } }, world.adminHeaders)).updateUser;
      expect({ username, errors: renamed.errors }).toEqual({ username, errors: [{ code, field: 'username' }] });
    }
    // The database refuses it by itself too: its unique index folds with the same lower() as the lookup.
    await expect(
      identity.query(
        `insert into app_user (id, created_at, updated_at, valid_from, changed_by, username, last_name, other_names, active_from, role_ids, district_ids)
         values (gen_random_uuid(), now(), now(), now(), 'test', $1, 'Doe', 'Jane', current_date, '{}', '{}')`,
        [`S${DOTTED_I}gma.${KELVIN}ilo`],
      ),
    ).rejects.toThrow(/app_user_username_current_unique/);
  });
});
