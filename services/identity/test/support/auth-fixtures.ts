import type { AccessClaims } from '@imis/auth';
import { locationCreatedEvents, locationTree, type ServiceTestApp, type TestEnv } from '@imis/testing';
import { systemRoleId } from '../../src/modules/user/domain/system-role-ids';
import { startIdentity } from './identity-test-app';

export interface SeededUser {
  readonly id: string;
  readonly username: string;
  readonly password: string;
}

export interface UserSeed {
  readonly username: string;
  readonly password?: string;
  /** Bits of seeded system roles (64: IMIS Administrator, 8: Clerk). */
  readonly roleBits?: readonly number[];
  readonly districtIds?: readonly string[];
}

export const GOOD_PASSWORD = 'Kilimanjaro-5895';

/** Identity with its first-boot administrator (signed in), and a projected location tree with one district. */
export interface AuthWorld {
  readonly identity: ServiceTestApp;
  readonly admin: SeededUser;
  readonly adminHeaders: Record<string, string>;
  readonly districtId: string;
}

export async function startAuthWorld(overrides: TestEnv = {}): Promise<AuthWorld> {
  const admin = { username: 'administrator', password: 'Serengeti-Admin-77' };
  const identity = await startIdentity({ IMIS_ADMIN_USERNAME: admin.username, IMIS_ADMIN_PASSWORD: admin.password, ...overrides });
  const tree = locationTree({ codePrefix: 'A' });
  await identity.publishAs('location', locationCreatedEvents(tree));
  await identity.eventually(async () => {
    const [row] = await identity.query<{ count: string }>('select count(*) from projected_location');
    return Number(row.count) === tree.length;
  });
  const { accessToken } = await login(identity, admin.username, admin.password);
  const [{ id }] = await identity.query<{ id: string }>('select id from app_user where username = $1', [admin.username]);
  return { identity, admin: { ...admin, id }, adminHeaders: bearer(accessToken), districtId: tree.find((location) => location.type === 'D')!.id };
}

const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } errors { code message field } } }`;

/** A user created by the administrator through user administration (its password set by PasswordCredentials). */
export async function createUser(world: AuthWorld, seed: UserSeed): Promise<SeededUser> {
  const password = seed.password ?? GOOD_PASSWORD;
  const input = {
    username: seed.username,
    lastName: 'Test',
    otherNames: 'User',
    password,
    roleIds: (seed.roleBits ?? [8]).map(systemRoleId),
    districtIds: seed.districtIds ?? [world.districtId],
  };
  const { createUser: payload } = await world.identity.data(CREATE_USER, { input }, world.adminHeaders);
  if (payload.errors.length > 0) throw new Error(`createUser refused: ${JSON.stringify(payload.errors)}`);
  return { id: payload.user.id as string, username: seed.username, password };
}

export const LOGIN = `mutation ($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken expiresAt refreshExpiresAt errors { code message field } clientMutationId }
}`;

export const REFRESH = `mutation ($input: RefreshTokenInput!) {
  refreshToken(input: $input) { accessToken refreshToken expiresAt refreshExpiresAt errors { code message field } }
}`;

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

/** Logs in and fails the test unless the login succeeds. */
export async function login(identity: ServiceTestApp, username: string, password: string, headers?: Record<string, string>): Promise<Tokens> {
  const { login: payload } = await identity.data(LOGIN, { input: { username, password } }, headers);
  if (payload.errors.length > 0) throw new Error(`login refused: ${JSON.stringify(payload.errors)}`);
  return payload as Tokens;
}

export const bearer = (accessToken: string) => ({ authorization: `Bearer ${accessToken}` });

/** The claims an access token carries (read without verifying it: the service under test issued it). */
export function accessClaimsOf(accessToken: string): AccessClaims {
  return JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8')) as AccessClaims;
}
