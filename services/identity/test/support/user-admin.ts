import type { HealthFacilityState, LocationState } from '@imis/contracts';
import {
  healthFacilityCreated as facilityCreated,
  healthFacilityState as healthFacility,
  locationCreatedEvents,
  locationTree,
  TestAuthority,
  type ServiceTestApp,
  type TestUser,
} from '@imis/testing';
import { startIdentity } from './identity-test-app';

/** Every table a user-administration command may write, to check that a refusal wrote nothing. */
export const ADMIN_TABLES = ['app_user', 'role', 'enrolment_officer', 'claim_administrator', 'credential', 'history', 'outbox', 'client_mutation'] as const;

export const USER_FIELDS = `id username lastName otherNames email phone language activeFrom activeTo roleIds districtIds healthFacilityId version changedBy roles { id name }`;
export const ERRORS = 'errors { code message field } clientMutationId';

/** Region R1 → districts D1, D2 → one ward each → villages V1, V2 (D1) and V3, V4 (D2). */
export interface World {
  identity: ServiceTestApp;
  authority: TestAuthority;
  admin: Record<string, string>;
  tree: LocationState[];
  district: (index: number) => LocationState;
  village: (index: number) => LocationState;
  facility: (districtIndex: number) => HealthFacilityState;
  headers: (user: TestUser) => Promise<Record<string, string>>;
}

export async function startWorld(env: Record<string, string> = {}): Promise<World> {
  const authority = await TestAuthority.create();
  const identity = await startIdentity({ AUTH_JWKS: authority.jwks, PASSWORD_MIN_LENGTH: '10', ...env });
  const tree = locationTree({ regions: 1, districtsPerRegion: 2, wardsPerDistrict: 1, villagesPerWard: 2, codePrefix: 'U' });
  const districts = tree.filter((location) => location.type === 'D');
  const villages = tree.filter((location) => location.type === 'V');
  const facilities = districts.map((district, index) => healthFacility(district.id, `HF${index + 1}`));
  await identity.publishAs('location', [...locationCreatedEvents(tree), ...facilities.map(facilityCreated)]);
  await identity.eventually(async () => {
    const [row] = await identity.query<{ locations: string; facilities: string }>(
      'select (select count(*) from projected_location) as locations, (select count(*) from projected_health_facility) as facilities',
    );
    return Number(row.locations) === tree.length && Number(row.facilities) === facilities.length;
  });
  return {
    identity,
    authority,
    admin: await authority.headers({ admin: true, username: 'admin' }),
    tree,
    district: (index) => districts[index - 1],
    village: (index) => villages[index - 1],
    facility: (index) => facilities[index - 1],
    headers: (user) => authority.headers(user),
  };
}

export { facilityCreated, healthFacility };

export async function roleId(identity: ServiceTestApp, name: string): Promise<string> {
  const [row] = await identity.query<{ id: string }>('select id from role where name = $1 and deleted_at is null', [name]);
  return row.id;
}
