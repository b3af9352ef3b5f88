import type { AdjudicationContext, InsureePolicy } from './adjudication-context';

const byInsuree = new WeakMap<AdjudicationContext['insureePolicies'], Map<string, InsureePolicy[]>>();

/** The insuree's coverage rows, indexed once per context (a batch reads them for every line). */
export function insureePoliciesOf(context: Pick<AdjudicationContext, 'insureePolicies'>, insureeId: string): readonly InsureePolicy[] {
  let index = byInsuree.get(context.insureePolicies);
  if (!index) {
    index = new Map();
    for (const row of context.insureePolicies) {
      const rows = index.get(row.insureeId);
      if (rows) rows.push(row);
      else index.set(row.insureeId, [row]);
    }
    byInsuree.set(context.insureePolicies, index);
  }
  return index.get(insureeId) ?? [];
}

/** The insuree's coverage windows [effective date, expiry] that contain the date (where a claim's usage counts). */
export function windowsContaining(context: Pick<AdjudicationContext, 'insureePolicies'>, insureeId: string, date: string): InsureePolicy[] {
  return insureePoliciesOf(context, insureeId).filter((row) => row.effectiveDate !== null && row.effectiveDate <= date && date <= row.expiryDate);
}
