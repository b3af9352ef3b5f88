import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { EVERYWHERE, type AccessClaims } from '@imis/auth';
import { healthFacilitiesByIds } from '@imis/location-projection';
import { isUuid } from '@imis/persistence';
import { IMIS_ADMINISTRATOR_ROLE_BIT } from '../domain/grant-rules';
import { foldedUsername } from '../infrastructure/user.indexes';

/** What a token for this user carries: its id, username and claims (rights, administrator flag, location scope). */
export interface AccessProfile {
  readonly userId: string;
  readonly username: string;
  readonly claims: AccessClaims;
}

interface UserRow {
  id: string;
  username: string;
  role_ids: string[];
  district_ids: string[];
}

const CURRENT_USER = `select id, username, role_ids, district_ids from app_user
  where deleted_at is null and active_from <= current_date and (active_to is null or active_to >= current_date)`;

/**
 * Looks up the access claims of current users, for login and token refresh: four queries at most (the
 * user, its roles, the officer's villages and the claim administrator's facility, then that facility's district).
 */
@Injectable()
export class AccessProfiles {
  constructor(private readonly em: EntityManager) {}

  /** The current (not deleted, inside its active window: activeFrom <= today <= activeTo) user with this username (case folded as the unique index does), or null. */
  async byUsername(username: string): Promise<AccessProfile | null> {
    const [user] = await this.em.execute<UserRow[]>(`${CURRENT_USER} and ${foldedUsername('username')} = ${foldedUsername('?')}`, [username.trim()]);
    return user ? this.profileOf(user) : null;
  }

  /** The current user with this id (same conditions), or null. */
  async byUserId(userId: string): Promise<AccessProfile | null> {
    if (!isUuid(userId)) return null;
    const [user] = await this.em.execute<UserRow[]>(`${CURRENT_USER} and id = ?`, [userId]);
    return user ? this.profileOf(user) : null;
  }

  private async profileOf(user: UserRow): Promise<AccessProfile> {
    const roles = await this.em.execute<{ system_bits: number; rights: number[] }[]>(
      'select system_bits, rights from role where deleted_at is null and not blocked and id = any(?::uuid[])',
      [`{${user.role_ids.join(',')}}`],
    );
    const admin = roles.some((role) => (role.system_bits & IMIS_ADMINISTRATOR_ROLE_BIT) !== 0);
    const rights = [...new Set(roles.flatMap((role) => role.rights.map(Number)))].sort((a, b) => a - b);
    const scope = admin ? EVERYWHERE : await this.baseScope(user);
    return { userId: user.id, username: user.username, claims: { sub: user.id, username: user.username, admin, rights, scope } };
  }

  /** The user's districts, its claim-administrator facility's district and its enrolment-officer villages. */
  private async baseScope(user: UserRow): Promise<AccessClaims['scope']> {
    const rows = await this.em.execute<{ kind: 'facility' | 'village'; id: string }[]>(
      `select 'village' as kind, unnest(village_ids) as id from enrolment_officer where user_id = ? and deleted_at is null
       union
       select 'facility', health_facility_id from claim_administrator where user_id = ? and deleted_at is null`,
      [user.id, user.id],
    );
    const facilityIds = rows.filter((row) => row.kind === 'facility').map((row) => row.id);
    const facilities = await healthFacilitiesByIds(this.em, facilityIds);
    const districtIds = new Set([...user.district_ids, ...facilities.map((facility) => facility.districtId)]);
    const villageIds = new Set(rows.filter((row) => row.kind === 'village').map((row) => row.id));
    return { everywhere: false, districtIds: [...districtIds], villageIds: [...villageIds] };
  }
}
