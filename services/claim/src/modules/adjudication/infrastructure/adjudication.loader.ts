import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArrayLiteral } from '@imis/persistence';
import { type Claim, type ClaimLines } from '../../claim';
import type {
  AdjudicationContext,
  ClaimFacility,
  ClaimInsuree,
  ClaimLineInput,
  ClaimToAdjudicate,
  InsureePolicy,
  MedicalEntry,
  PolicyTerms,
  PriceList,
  ProductLineTerms,
  ProductTerms,
  UsageCounters,
} from '../domain';
import { POLICY_LEVEL } from './usage-counter.entities';

const uuids = (values: Iterable<string>) => uuidArrayLiteral([...new Set(values)]);
const day = (column: string, alias = column) => `to_char(${column}, 'YYYY-MM-DD') as "${alias}"`;

/** A loaded batch: the claims as the domain reads them, and everything their rules read. */
export interface LoadedBatch {
  readonly claims: ClaimToAdjudicate[];
  readonly context: AdjudicationContext;
}

/**
 * Loads what a batch's adjudication reads with one query per table, whatever the number of claims and lines:
 * insurees, facilities and their price lists, coverage rows, policies, products with the lines claimed, items,
 * services, the usage counters of those coverage rows and policies, and the passed lines frequency windows need.
 */
export async function loadBatch(tx: EntityManager, claims: readonly Claim[], lines: ReadonlyMap<string, ClaimLines>, ageOfMajority: number): Promise<LoadedBatch> {
  const insureeIds = claims.map((claim) => claim.insureeId);
  const itemIds = new Set(claims.flatMap((claim) => lines.get(claim.id)!.items.map((line) => line.itemId)));
  const serviceIds = new Set(claims.flatMap((claim) => lines.get(claim.id)!.services.map((line) => line.serviceId)));

  const insurees = await loadInsurees(tx, insureeIds);
  const facilities = await loadFacilities(tx, claims.map((claim) => claim.healthFacilityId));
  const insureePolicies = await tx.execute<InsureePolicy[]>(
    `select id, policy_id as "policyId", insuree_id as "insureeId", ${day('effective_date', 'effectiveDate')}, ${day('expiry_date', 'expiryDate')}
       from projected_insuree_policy where insuree_id = any(?::uuid[]) and not deleted`,
    [uuids(insureeIds)],
  );
  const policies = await loadPolicies(tx, insureePolicies.map((row) => row.policyId));
  const products = await loadProducts(tx, Object.values(policies).map((policy) => policy.productId), itemIds, serviceIds);
  const items = await loadMedical(tx, 'projected_medical_item', itemIds, false);
  const services = await loadMedical(tx, 'projected_medical_service', serviceIds, true);
  const priceLists = await loadPriceLists(tx, Object.values(facilities).flatMap((f) => [f.itemsPriceListId, f.servicesPriceListId].filter((id): id is string => id !== null)), [...itemIds, ...serviceIds]);
  const usage = await loadUsage(tx, claims, insureePolicies, Object.keys(policies), { ...items, ...services });

  const toClaim = (claim: Claim): ClaimToAdjudicate => {
    const own = lines.get(claim.id)!;
    const line = (entity: { id: string; quantityProvided: string; priceAsked: string; quantityApproved: string | null; priceApproved: string | null }, medicalId: string): ClaimLineInput => ({
      id: entity.id,
      medicalId,
      qtyProvided: Number(entity.quantityProvided),
      priceAsked: String(entity.priceAsked),
      qtyApproved: entity.quantityApproved === null ? null : Number(entity.quantityApproved),
      priceApproved: entity.priceApproved === null ? null : String(entity.priceApproved),
    });
    return {
      id: claim.id,
      code: claim.code,
      insuree: insurees.get(claim.insureeId) ?? { id: claim.insureeId, familyId: '', birthDate: '1900-01-01', gender: 'O', active: false },
      facility: facilities[claim.healthFacilityId] ?? { id: claim.healthFacilityId, level: 'D', careType: null, itemsPriceListId: null, servicesPriceListId: null },
      visitType: claim.visitType,
      dateFrom: claim.dateFrom,
      dateTo: claim.dateTo,
      dateClaimed: claim.dateClaimed,
      diagnoses: [claim.mainDiagnosisId, ...claim.secondaryDiagnosisIds],
      items: own.items.map((entity) => line(entity, entity.itemId)),
      services: own.services.map((entity) => line(entity, entity.serviceId)),
    };
  };
  return { claims: claims.map(toClaim), context: { ageOfMajority, policies, insureePolicies, products, items, services, priceLists, usage } };
}

async function loadInsurees(tx: EntityManager, ids: readonly string[]): Promise<Map<string, ClaimInsuree>> {
  const rows = await tx.execute<{ id: string; familyId: string | null; birthDate: string; gender: string; active: boolean }[]>(
    `select i.id, i.family_id as "familyId", ${day('i.birth_date', 'birthDate')}, i.gender,
            (not i.deleted and (f.id is null or not f.deleted)) as active
       from projected_insuree i left join projected_family f on f.id = i.family_id
      where i.id = any(?::uuid[])`,
    [uuids(ids)],
  );
  return new Map(rows.map((row) => [row.id, { id: row.id, familyId: row.familyId ?? '', birthDate: row.birthDate, gender: row.gender as ClaimInsuree['gender'], active: row.active }]));
}

async function loadFacilities(tx: EntityManager, ids: readonly string[]): Promise<Record<string, ClaimFacility>> {
  const rows = await tx.execute<{ id: string; level: string; careType: string | null; itemsPriceListId: string | null; servicesPriceListId: string | null }[]>(
    `select h.id, h.level, h.care_type as "careType", p.items_price_list_id as "itemsPriceListId", p.services_price_list_id as "servicesPriceListId"
       from health_facility h left join projected_facility_price_lists p on p.health_facility_id = h.id
      where h.id = any(?::uuid[])`,
    [uuids(ids)],
  );
  return Object.fromEntries(rows.map((row) => [row.id, { ...row, level: row.level as ClaimFacility['level'], careType: row.careType as ClaimFacility['careType'] }]));
}

async function loadPolicies(tx: EntityManager, ids: readonly string[]): Promise<Record<string, PolicyTerms>> {
  const rows = await tx.execute<(Omit<PolicyTerms, 'memberCount'> & { memberCount: string })[]>(
    `select p.id, p.family_id as "familyId", p.product_id as "productId", p.stage, p.status, ${day('p.effective_date', 'effectiveDate')},
            ${day('p.expiry_date', 'expiryDate')},
            (select count(*) from projected_insuree_policy m where m.policy_id = p.id and not m.deleted) as "memberCount"
       from projected_policy p where p.id = any(?::uuid[]) and not p.deleted`,
    [uuids(ids)],
  );
  return Object.fromEntries(rows.map((row) => [row.id, { ...row, memberCount: Number(row.memberCount) }]));
}

type ProductRow = Omit<ProductTerms, 'itemLines' | 'serviceLines'>;
type ProductLineRow = ProductLineTerms & { productId: string; kind: 'ITEM' | 'SERVICE'; lineId: string };

async function loadProducts(tx: EntityManager, ids: readonly string[], itemIds: ReadonlySet<string>, serviceIds: ReadonlySet<string>): Promise<Record<string, ProductTerms>> {
  if (ids.length === 0) return {};
  const rows = await tx.execute<ProductRow[]>(
    `select id, code, member_count as "memberCount", threshold, ceiling_type as "ceilingType", ceiling_interpretation as "ceilingInterpretation",
            deductible, ceiling, extra_member_ceiling as "extraMemberCeiling", max_policy_ceiling as "maxPolicyCeiling", category_limits as "categoryLimits"
       from projected_product where id = any(?::uuid[])`,
    [uuids(ids)],
  );
  const lines = await tx.execute<ProductLineRow[]>(
    `select product_id as "productId", kind, line_id as "lineId", price_origin as "priceOrigin", limits,
            waiting_period_adult as "waitingPeriodAdult", waiting_period_child as "waitingPeriodChild",
            limit_count_adult as "limitCountAdult", limit_count_child as "limitCountChild",
            ceiling_exclusion_adult as "ceilingExclusionAdult", ceiling_exclusion_child as "ceilingExclusionChild"
       from projected_product_line where product_id = any(?::uuid[]) and line_id = any(?::uuid[])`,
    [uuids(ids), uuids([...itemIds, ...serviceIds])],
  );
  const products: Record<string, ProductTerms & { itemLines: Record<string, ProductLineTerms>; serviceLines: Record<string, ProductLineTerms> }> = {};
  for (const row of rows) products[row.id] = { ...row, itemLines: {}, serviceLines: {} };
  for (const { productId, kind, lineId, ...terms } of lines) {
    const product = products[productId];
    if (!product) continue;
    if (kind === 'ITEM' && itemIds.has(lineId)) product.itemLines[lineId] = terms;
    if (kind === 'SERVICE' && serviceIds.has(lineId)) product.serviceLines[lineId] = terms;
  }
  return products;
}

async function loadMedical(tx: EntityManager, table: 'projected_medical_item' | 'projected_medical_service', ids: ReadonlySet<string>, services: boolean): Promise<Record<string, MedicalEntry>> {
  if (ids.size === 0) return {};
  const rows = await tx.execute<(Omit<MedicalEntry, 'price'> & { price: string })[]>(
    `select id, code, name, price::text as price, care_type as "careType", frequency, patient_category as "patientCategory",
            ${day('effective_from', 'validFrom')}, ${day('effective_to', 'validTo')}${services ? ', category' : ''}
       from ${table} where id = any(?::uuid[]) and not deleted`,
    [uuids(ids)],
  );
  return Object.fromEntries(rows.map((row) => [row.id, row]));
}

async function loadPriceLists(tx: EntityManager, ids: readonly string[], medicalIds: readonly string[]): Promise<Record<string, PriceList>> {
  if (ids.length === 0 || medicalIds.length === 0) return {};
  const rows = await tx.execute<{ priceListId: string; lineId: string | null; price: string | null }[]>(
    `select l.id as "priceListId", d.line_id as "lineId", d.price::text as price
       from projected_price_list l left join projected_price_list_detail d on d.price_list_id = l.id and d.line_id = any(?::uuid[])
      where l.id = any(?::uuid[]) and not l.deleted`,
    [uuids(medicalIds), uuids(ids)],
  );
  const lists: Record<string, { id: string; details: Record<string, { price: string | null; validFrom: null; validTo: null }> }> = {};
  for (const row of rows) {
    const list = (lists[row.priceListId] ??= { id: row.priceListId, details: {} });
    if (row.lineId) list.details[row.lineId] = { price: row.price, validFrom: null, validTo: null };
  }
  return lists;
}

interface AmountRow {
  policyId: string;
  insureeId: string;
  dg: string;
  di: string;
  do: string;
  rg: string;
  ri: string;
  ro: string;
}

async function loadUsage(
  tx: EntityManager,
  claims: readonly Claim[],
  insureePolicies: readonly InsureePolicy[],
  policyIds: readonly string[],
  medical: Readonly<Record<string, MedicalEntry>>,
): Promise<UsageCounters> {
  const windows = uuids(insureePolicies.map((row) => row.id));
  const quantities = await tx.execute<{ insureePolicyId: string; kind: 'item' | 'service'; medicalId: string; quantity: string }[]>(
    `select insuree_policy_id as "insureePolicyId", kind, medical_id as "medicalId", quantity::text as quantity from claim_usage_quantity where insuree_policy_id = any(?::uuid[])`,
    [windows],
  );
  const categories = await tx.execute<{ insureePolicyId: string; category: string; claims: number }[]>(
    `select insuree_policy_id as "insureePolicyId", category, claims from claim_usage_category where insuree_policy_id = any(?::uuid[])`,
    [windows],
  );
  const amounts = await tx.execute<AmountRow[]>(
    `select policy_id as "policyId", insuree_id as "insureeId", deducted_general::text as dg, deducted_in_patient::text as di, deducted_out_patient::text as do,
            remunerated_general::text as rg, remunerated_in_patient::text as ri, remunerated_out_patient::text as ro
       from claim_usage_amount where policy_id = any(?::uuid[])`,
    [uuids(policyIds)],
  );
  const split = (general: string, inPatient: string, outPatient: string) => ({ general, inPatient, outPatient });
  const money = (row: AmountRow) => ({ policyId: row.policyId, deducted: split(row.dg, row.di, row.do), remunerated: split(row.rg, row.ri, row.ro) });
  return {
    quantities: quantities.map((row) => ({ ...row, quantity: Number(row.quantity) })),
    categories: categories.map((row) => ({ ...row, category: row.category as UsageCounters['categories'][number]['category'] })),
    policyAmounts: amounts.filter((row) => row.insureeId === POLICY_LEVEL).map(money),
    insureeAmounts: amounts.filter((row) => row.insureeId !== POLICY_LEVEL).map((row) => ({ ...money(row), insureeId: row.insureeId })),
    passedLines: await loadPassedLines(tx, claims, medical),
  };
}

/** Passed lines of the batch's insurees for the items and services with a frequency, within the largest frequency of the batch's dates. */
async function loadPassedLines(tx: EntityManager, claims: readonly Claim[], medical: Readonly<Record<string, MedicalEntry>>): Promise<UsageCounters['passedLines']> {
  const limited = Object.values(medical).filter((entry) => entry.frequency > 0);
  if (limited.length === 0 || claims.length === 0) return [];
  const days = Math.max(...limited.map((entry) => entry.frequency));
  const dates = claims.flatMap((claim) => [claim.dateFrom, claim.dateTo ?? claim.dateFrom]).sort();
  const select = (table: string, column: string, kind: string) =>
    `select c.insuree_id as "insureeId", c.id as "claimId", '${kind}' as kind, l.${column} as "medicalId", ${day('coalesce(c.date_to, c.date_from)', 'targetDate')}
       from claim c join ${table} l on l.claim_id = c.id and l.replaced_in_version is null and l.status = 'PASSED'
      where c.insuree_id = any(?::uuid[]) and c.deleted_at is null and c.status in ('CHECKED', 'VALUATED', 'PROCESSED')
        and l.${column} = any(?::uuid[]) and coalesce(c.date_to, c.date_from) between ?::date - ?::int and ?::date + ?::int`;
  const params = [uuids(claims.map((claim) => claim.insureeId)), uuids(limited.map((entry) => entry.id)), dates[0], days, dates[dates.length - 1], days];
  return tx.execute(`${select('claim_item', 'item_id', 'item')} union all ${select('claim_service', 'service_id', 'service')}`, [...params, ...params]);
}
