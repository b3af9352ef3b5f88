import type { AdjudicationContext } from './adjudication-context';
import type { ClaimCategory } from './claim-codes';
import type { ClaimToAdjudicate } from './claim-to-adjudicate';

/**
 * The claim's category (claims.md §2): the first of surgery, delivery, antenatal among the categories of its
 * services known to the register; else hospitalisation when in-patient; else consultation when it has a
 * consultation; else visit (a null category counts as visit). PY's "other" is not used: a category of its own
 * would escape every category maximum.
 */
export function claimCategory(claim: Pick<ClaimToAdjudicate, 'services'>, inPatient: boolean, context: Pick<AdjudicationContext, 'services'>): ClaimCategory {
  const present = new Set(claim.services.map((line) => context.services[line.medicalId]).filter((entry) => entry !== undefined).map((entry) => entry.category ?? 'V'));
  for (const category of ['S', 'D', 'A'] as const) if (present.has(category)) return category;
  if (inPatient) return 'H';
  if (present.has('C')) return 'C';
  return 'V';
}
