import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from './uuid-array';
import type { RenewalMember } from '../domain/renewal-photos';
import type { FamilyPolicy, RenewalCandidate, RenewalProduct } from '../domain/renewal-plan';

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

  /** Current Active or Expired policies expiring on or before `until` (funding policies left out: no family to remind), with whether they have a reminder, and their family head. */
  async candidates(until: string): Promise<SelectedPolicy[]> {
    return this.tx.execute<SelectedPolicy[]>(
      `select p.id as "policyId", p.family_id as "familyId", p.product_id as "productId", p.officer_id as "officerId",
              to_char(p.expiry_date, 'YYYY-MM-DD') as "expiryDate", exists (select 1 from policy_renewal r where r.policy_id = p.id) as "hasReminder",
              f.head_insuree_id as "headInsureeId", h.insurance_number as "headInsuranceNumber"
         from policy p
         left join projected_family f on f.id = p.family_id and not f.deleted
         left join projected_insuree h on h.id = f.head_insuree_id
        where p.deleted_at is null and p.status in ('ACTIVE', 'EXPIRED') and p.expiry_date <= ?::date
          and not exists (select 1 from funding_family ff where ff.family_id = p.family_id)
        order by p.expiry_date, p.id`,
      [until],
    );
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
