import type { TraceEntry, TraceFacts } from './trace';

const CATEGORY_WORDS: Record<string, string> = { S: 'surgery', D: 'delivery', A: 'antenatal', H: 'hospital admission', C: 'consultation', V: 'visit' };

type Sentence = (facts: TraceFacts) => string;

/** Why a check rejected, in words for a facility (the rejection code is appended). */
const REJECTIONS: Record<string, Sentence> = {
  'target-date': (f) => `the claim’s dates are invalid (${f.problem})`,
  insuree: (f) => (f.problem === 'not a current insuree' ? 'the insuree is no longer registered' : `the insuree had no coverage from ${f.dateFrom} to ${f.targetDate}`),
  registers: (f) => (f.problem === 'unknown' ? 'it is not in the register' : `it is not valid in the register on ${f.targetDate}`),
  'price-list': (f) => (f.problem === 'the facility has no price list' ? 'the facility has no price list for it' : `it is not in the facility’s price list on ${f.targetDate}`),
  'care-type': (f) => `it is an ${f.problem}`,
  'patient-category': (f) => `it is not meant for a ${f.gender === 'F' ? 'female' : 'male'} ${f.adult ? 'adult' : 'child'}`,
  frequency: (f) => `it was already provided on ${f.otherTargetDate}, ${f.daysApart} days away, and may be provided once every ${f.frequencyDays} days`,
  'covering-product': (f) => `no policy of the insuree covers it on ${f.targetDate}`,
  'waiting-period': (f) => `it is covered only from ${f.coveredFrom}, after a waiting period of ${f.waitingMonths} months`,
  'maximum-quantity': (f) => `the ${f.limit} allowed in the policy period were all used`,
  'category-maximum': (f) => `the insuree already had ${f.used} of the ${f.limit} ${CATEGORY_WORDS[String(f.category)] ?? f.category} claims allowed in the policy period`,
  claim: (f) => (f.problem === 'category maximum reached' ? `the insuree already had the most ${CATEGORY_WORDS[String(f.category)] ?? f.category} claims the policy allows` : String(f.problem)),
};

/**
 * One sentence saying why a line was rejected, or what was accepted and paid, read from the line's trace
 * (the checks in order, then the valuation).
 */
export function explainLine(trace: readonly TraceEntry[]): string {
  const valuation = trace.find((entry) => entry.check === 'valuation');
  const trimmed = trace.find((entry) => entry.outcome === 'trimmed' && (!valuation || entry.policyId === valuation.policyId));
  const last = trace[trace.length - 1];
  const own = trace.find((entry) => entry.outcome === 'rejected');
  if (last?.check === 'claim' && last.outcome === 'rejected' && !(own && own.code === last.code && own !== last)) return rejected(last);
  if (own) return rejected(own);
  const trim = trimmed ? ` for ${trimmed.facts.left} of the ${trimmed.facts.asked} asked (only ${trimmed.facts.left} of the ${trimmed.facts.limit} allowed in the policy period were left)` : '';
  if (valuation) return `Accepted${trim}: ${valued(valuation.facts)}.`;
  if (trace.some((entry) => entry.check === 'product-assignment')) return `Accepted${trim}; not valued yet.`;
  return 'Not adjudicated.';
}

function rejected(entry: TraceEntry): string {
  const sentence = REJECTIONS[entry.check];
  return `Rejected (reason ${entry.code}): ${sentence ? sentence(entry.facts) : `the check "${entry.check}" failed`}.`;
}

function valued(f: TraceFacts): string {
  const parts = [`${f.quantity} × ${f.unitPrice} = ${f.value}`];
  if (f.deducted !== '0.00') parts.push(`${f.deducted} deductible`);
  if (f.limitation === 'C' && f.limitationValue !== 100) parts.push(`${f.limitationValue}% co-insurance`);
  if (f.aboveCategoryMaximum !== '0.00') parts.push(`${f.aboveCategoryMaximum} above the claim category’s maximum`);
  if (f.aboveCeiling !== '0.00') parts.push(`${f.aboveCeiling} above the ceiling`);
  const paid = f.relativePrice ? `${f.paid} valued at relative prices, paid after the period’s index` : `${f.paid} paid`;
  return `${parts.join(', ')}; ${paid}${f.ceilingExcluded ? ' outside the ceiling' : ''}`;
}
