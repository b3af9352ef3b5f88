import type { EntityManager } from '@mikro-orm/postgresql';
import { itemsByIds, servicesByIds, type ProjectedMedicalItemRow, type ProjectedMedicalServiceRow } from '@imis/medical-projection';
import { sqlRunner, uuidArrayLiteral } from '@imis/persistence';
import { coveringPoliciesOf, productsByIds, type ProjectedProductRow } from '@imis/policy-projection';
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
  const { insureePolicies, policies } = await loadCoverage(tx, insureeIds);
  const products = productTerms(await productsByIds(tx, Object.values(policies).map((policy) => policy.productId)), itemIds, serviceIds);
  const items = medicalEntries(await itemsByIds(tx, [...itemIds]));
  const services = medicalEntries(await servicesByIds(tx, [...serviceIds]));
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

/** The batch's insurees (deleted ones too: their claims are rejected) and whether they or their family are deleted: one query. */
async function loadInsurees(tx: EntityManager, ids: readonly string[]): Promise<Map<string, ClaimInsuree>> {
  const rows = await sqlRunner(tx).rows<{ id: string; familyId: string | null; birthDate: string; gender: ClaimInsuree['gender']; active: boolean }>(
    `select i.id, i.family_id as "familyId", to_char(i.birth_date, 'YYYY-MM-DD') as "birthDate", i.gender, not i.deleted and not coalesce(f.deleted, false) as active
       from projected_insuree i left join projected_family f on f.id = i.family_id where i.id = any(?::uuid[])`,
    [uuids(ids)],
  );
  return new Map(rows.map((row) => [row.id, { ...row, familyId: row.familyId ?? '' }]));
}

async function loadFacilities(tx: EntityManager, ids: readonly string[]): Promise<Record<string, ClaimFacility>> {
  const rows = await sqlRunner(tx).rows<{ id: string; level: string; careType: string | null; itemsPriceListId: string | null; servicesPriceListId: string | null }>(
    `select h.id, h.level, h.care_type as "careType", p.items_price_list_id as "itemsPriceListId", p.services_price_list_id as "servicesPriceListId"
       from health_facility h left join projected_facility_price_lists p on p.health_facility_id = h.id
      where h.id = any(?::uuid[])`,
    [uuids(ids)],
  );
  return Object.fromEntries(rows.map((row) => [row.id, { ...row, level: row.level as ClaimFacility['level'], careType: row.careType as ClaimFacility['careType'] }]));
}

/** The coverage rows of the batch's insurees and their policies, with each policy's member count: one query. */
async function loadCoverage(tx: EntityManager, insureeIds: readonly string[]): Promise<{ insureePolicies: InsureePolicy[]; policies: Record<string, PolicyTerms> }> {
  const rows = await coveringPoliciesOf(tx, insureeIds);
  const policies: Record<string, PolicyTerms> = {};
  for (const row of rows) {
    policies[row.policyId] ??= {
      id: row.policyId,
      familyId: row.familyId,
      productId: row.productId,
      stage: row.policyStage,
      status: row.policyStatus,
      effectiveDate: row.policyEffectiveDate,
      expiryDate: row.policyExpiryDate,
      memberCount: row.memberCount,
    };
  }
  const insureePolicies = rows.map((row) => ({ id: row.id, policyId: row.policyId, insureeId: row.insureeId, effectiveDate: row.effectiveDate, expiryDate: row.expiryDate }));
  return { insureePolicies, policies };
}

function productTerms(rows: readonly ProjectedProductRow[], itemIds: ReadonlySet<string>, serviceIds: ReadonlySet<string>): Record<string, ProductTerms> {
  const terms = (line: ProjectedProductRow['itemLines'][number]): ProductLineTerms => ({
    priceOrigin: line.priceOrigin,
    limits: line.limits,
    waitingPeriodAdult: line.waitingPeriodAdult,
    waitingPeriodChild: line.waitingPeriodChild,
    limitCountAdult: line.limitCountAdult,
    limitCountChild: line.limitCountChild,
    ceilingExclusionAdult: line.ceilingExclusionAdult,
    ceilingExclusionChild: line.ceilingExclusionChild,
  });
  const linesOf = (lines: ProjectedProductRow['itemLines'], key: 'itemId' | 'serviceId', wanted: ReadonlySet<string>) =>
    Object.fromEntries(lines.filter((line) => line[key] !== null && wanted.has(line[key]!)).map((line) => [line[key]!, terms(line)]));
  return Object.fromEntries(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        code: row.code,
        memberCount: row.memberCount,
        threshold: row.threshold,
        ceilingType: row.ceilingType,
        ceilingInterpretation: row.ceilingInterpretation,
        deductible: row.deductible,
        ceiling: row.ceiling,
        extraMemberCeiling: row.extraMemberCeiling,
        maxPolicyCeiling: row.maxPolicyCeiling,
        categoryLimits: row.categoryLimits,
        itemLines: linesOf(row.itemLines, 'itemId', itemIds),
        serviceLines: linesOf(row.serviceLines, 'serviceId', serviceIds),
      } as ProductTerms,
    ]),
  );
}

function medicalEntries(rows: readonly (ProjectedMedicalItemRow | ProjectedMedicalServiceRow)[]): Record<string, MedicalEntry> {
  return Object.fromEntries(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        code: row.code,
        name: row.name,
        price: row.price,
        careType: row.careType,
        frequency: row.frequency,
        patientCategory: row.patientCategory,
        validFrom: row.effectiveFrom,
        validTo: row.effectiveTo,
        ...('category' in row ? { category: row.category } : {}),
      } as MedicalEntry,
    ]),
  );
}

async function loadPriceLists(tx: EntityManager, ids: readonly string[], medicalIds: readonly string[]): Promise<Record<string, PriceList>> {
  if (ids.length === 0 || medicalIds.length === 0) return {};
  const rows = await sqlRunner(tx).rows<{ priceListId: string; lineId: string | null; price: string | null }>(
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

interface QuantityRow {
  insureePolicyId: string;
  kind: 'item' | 'service';
  medicalId: string;
  quantity: string;
}

interface CategoryRow {
  insureePolicyId: string;
  category: string;
  claims: number;
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
  const [counters] = await sqlRunner(tx).rows<{ quantities: QuantityRow[] | null; categories: CategoryRow[] | null; amounts: AmountRow[] | null }>(
    `select (select json_agg(json_build_object('insureePolicyId', insuree_policy_id, 'kind', kind, 'medicalId', medical_id, 'quantity', quantity::text))
               from claim_usage_quantity where insuree_policy_id = any(?::uuid[])) as quantities,
            (select json_agg(json_build_object('insureePolicyId', insuree_policy_id, 'category', category, 'claims', claims))
               from claim_usage_category where insuree_policy_id = any(?::uuid[])) as categories,
            (select json_agg(json_build_object('policyId', policy_id, 'insureeId', insuree_id, 'dg', deducted_general::text, 'di', deducted_in_patient::text,
                    'do', deducted_out_patient::text, 'rg', remunerated_general::text, 'ri', remunerated_in_patient::text, 'ro', remunerated_out_patient::text))
               from claim_usage_amount where policy_id = any(?::uuid[])) as amounts`,
    [windows, windows, uuids(policyIds)],
  );
  const quantities = counters.quantities ?? [];
  const categories = counters.categories ?? [];
  const amounts = counters.amounts ?? [];
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
  return sqlRunner(tx).rows(`${select('claim_item', 'item_id', 'item')} union all ${select('claim_service', 'service_id', 'service')}`, [...params, ...params]);
}
