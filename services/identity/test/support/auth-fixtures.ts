import { randomUUID } from 'node:crypto';
import { argon2id, hash } from 'argon2';
import type { ServiceTestApp } from '@imis/testing';
import { systemRoleId } from '../../src/modules/user/domain/system-role-ids';

export interface SeededUser {
  readonly id: string;
  readonly username: string;
  readonly password: string;
}

export interface UserSeed {
  readonly username: string;
  readonly password?: string;
  /** Bits of seeded system roles (64: IMIS Administrator). */
  readonly roleBits?: readonly number[];
  readonly districtIds?: readonly string[];
  readonly activeTo?: string;
}

export const GOOD_PASSWORD = 'Kilimanjaro-5895';

/**
 * A user written straight into the tables (user administration is tested on its own): the app_user row
 * that AccessProfiles reads and an argon2id credential, hashed cheaply (verification reads the cost from the hash).
 */
export async function seedUser(identity: ServiceTestApp, seed: UserSeed): Promise<SeededUser> {
  const id = randomUUID();
  const password = seed.password ?? GOOD_PASSWORD;
  await identity.query(
    `insert into app_user (id, created_at, updated_at, version, valid_from, changed_by, username, last_name, other_names,
       active_from, active_to, role_ids, district_ids)
     values ($1, now(), now(), 1, now(), 'test', $2, 'Test', 'User', current_date - 1, $3, $4::uuid[], $5::uuid[])`,
    [id, seed.username, seed.activeTo ?? null, (seed.roleBits ?? []).map(systemRoleId), seed.districtIds ?? []],
  );
  const passwordHash = await hash(password, { type: argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
  await identity.query('insert into credential (user_id, password_hash, changed_at) values ($1, $2, now())', [id, passwordHash]);
  return { id, username: seed.username, password };
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
