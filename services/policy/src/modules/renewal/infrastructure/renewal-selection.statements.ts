import type { EntityManager } from '@mikro-orm/postgresql';
import { locationSubtreeSql } from '@imis/location-projection';
import { officersWithSubstitutes } from '@imis/officer-projection';
import { uuidArray } from './uuid-array';
import type { RenewalOfficer } from '../domain/renewal-officer';
import type { RenewalMember } from '../domain/renewal-photos';
import type { FamilyPolicy, RenewalCandidate, RenewalProduct } from '../domain/renewal-plan';
import type { RenewalRunFilter } from '../domain/renewal-run-filter';

export interface SelectedPolicy extends RenewalCandidate {
  readonly headInsureeId: string | null;
  readonly headInsuranceNumber: string | null;
}

export interface ProductOfRenewal extends RenewalProduct {
  readonly code: string;
}

/** The reminder job's reads, set-based, in its transaction. */
export class RenewalSelectionStatements {
  constructor(private readonly tx: EntityManager) {}

  /**
   * Current Active or Expired policies expiring on or before `until` (funding policies left out: no family to
   * remind), with whether they have a reminder, and their family head; narrowed by a manual run's filter:
   * expiry from `dateFrom`, the policy's officer, the family's village within the location.
   */
  async candidates(until: string, filter: Omit<RenewalRunFilter, 'dateTo'>): Promise<SelectedPolicy[]> {
    const conditions: string[] = [];
    const params: unknown[] = [until];
    if (filter.dateFrom !== null) {
      conditions.push('and p.expiry_date >= ?::date');
      params.push(filter.dateFrom);
    }
    if (filter.officerId !== null) {
      conditions.push('and p.officer_id = ?');
      params.push(filter.officerId);
    }
    if (filter.locationId !== null) {
      const subtree = locationSubtreeSql(filter.locationId);
      conditions.push(`and f.village_id in ${subtree.sql}`);
      params.push(...subtree.params);
    }
    return this.tx.execute<SelectedPolicy[]>(
      `select p.id as "policyId", p.family_id as "familyId", p.product_id as "productId", p.officer_id as "officerId",
              to_char(p.expiry_date, 'YYYY-MM-DD') as "expiryDate", exists (select 1 from policy_renewal r where r.policy_id = p.id) as "hasReminder",
              f.head_insuree_id as "headInsureeId", h.insurance_number as "headInsuranceNumber"
         from policy p
         left join projected_family f on f.id = p.family_id and not f.deleted
         left join projected_insuree h on h.id = f.head_insuree_id
        where p.deleted_at is null and p.status in ('ACTIVE', 'EXPIRED') and p.expiry_date <= ?::date
          and not exists (select 1 from funding_family ff where ff.family_id = p.family_id) ${conditions.join(' ')}
        order by p.expiry_date, p.id`,
      params,
    );
  }

  /** The current officers of these policies and of their substitution chains, by id (officer projection, one query). */
  async officers(officerIds: readonly string[]): Promise<Map<string, RenewalOfficer>> {
    const rows = await officersWithSubstitutes(this.tx, officerIds);
    return new Map(rows.map((row) => [row.id, { id: row.id, substitutionOfficerId: row.substitutionOfficerId, worksTo: row.worksTo }]));
  }

  /** Current products (conversion, sale window, code), deleted ones left out: a chain ends before them. */
  async products(): Promise<Map<string, ProductOfRenewal>> {
    const rows = await this.tx.execute<ProductOfRenewal[]>(
      `select id, code, conversion_product_id as "conversionProductId", to_char(date_from, 'YYYY-MM-DD') as "dateFrom", to_char(date_to, 'YYYY-MM-DD') as "dateTo"
         from product where deleted_at is null`,
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The current policies of these families, by family. */
  async familyPolicies(familyIds: readonly string[]): Promise<Map<string, FamilyPolicy[]>> {
    const rows = await this.tx.execute<(FamilyPolicy & { familyId: string })[]>(
      `select id, family_id as "familyId", product_id as "productId", to_char(start_date, 'YYYY-MM-DD') as "startDate"
         from policy where deleted_at is null and family_id = any(?::uuid[])`,
      [uuidArray(familyIds)],
    );
    return groupBy(rows, (row) => row.familyId);
  }

  /** The living current members of these families (insuree projection), by family. */
  async members(familyIds: readonly string[]): Promise<Map<string, RenewalMember[]>> {
    const rows = await this.tx.execute<(RenewalMember & { familyId: string })[]>(
      `select id as "insureeId", family_id as "familyId", to_char(birth_date, 'YYYY-MM-DD') as "birthDate", to_char(photo_date, 'YYYY-MM-DD') as "photoDate"
         from projected_insuree where not deleted and status <> 'DE' and family_id = any(?::uuid[]) order by id`,
      [uuidArray(familyIds)],
    );
    return groupBy(rows, (row) => row.familyId);
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
