import { NO_USAGE, UsageLedger, type UsageCounters } from './usage-counters';

const counters: UsageCounters = {
  quantities: [{ insureePolicyId: 'ip-1', kind: 'item', medicalId: 'drug', quantity: 3 }],
  categories: [{ insureePolicyId: 'ip-1', category: 'S', claims: 1 }],
  policyAmounts: [{ policyId: 'p-1', deducted: { general: '5.00', inPatient: '0.00', outPatient: '5.00' }, remunerated: { general: '1.50', inPatient: '0.00', outPatient: '1.50' } }],
  insureeAmounts: [{ policyId: 'p-1', insureeId: 'i-1', deducted: { general: '5.00', inPatient: '0.00', outPatient: '5.00' }, remunerated: { general: '1.50', inPatient: '0.00', outPatient: '1.50' } }],
  passedLines: [{ insureeId: 'i-1', claimId: 'c-0', kind: 'item', medicalId: 'drug', targetDate: '2024-01-01' }],
};

describe('UsageLedger', () => {
  it('gives back the counters it was built from', () => {
    expect(new UsageLedger(counters).snapshot()).toEqual(counters);
    expect(new UsageLedger().snapshot()).toEqual(NO_USAGE);
  });

  it('lets the current claim read its own consumption, but not its passed lines, until commit', () => {
    const ledger = new UsageLedger(counters);
    ledger.addQuantity('ip-1', 'item', 'drug', 2);
    ledger.addAmounts('p-1', 'i-2', ['general', 'inPatient'], 400, 100);
    ledger.addPassedLine({ insureeId: 'i-1', claimId: 'c-1', kind: 'item', medicalId: 'drug', targetDate: '2024-02-01' });
    expect(ledger.quantityUsed('ip-1', 'item', 'drug')).toBe(5);
    expect([ledger.deducted('p-1', null, 'general'), ledger.deducted('p-1', 'i-2', 'inPatient'), ledger.deducted('p-1', 'i-1', 'inPatient')]).toEqual([900, 400, 0]);
    expect(ledger.passedLines('i-1')).toHaveLength(1);
    ledger.commit();
    expect(ledger.passedLines('i-1')).toHaveLength(2);
    expect(ledger.snapshot().policyAmounts[0].remunerated).toEqual({ general: '2.50', inPatient: '1.00', outPatient: '1.50' });
  });

  it('drops a rejected claim’s consumption', () => {
    const ledger = new UsageLedger(counters);
    ledger.addQuantity('ip-1', 'item', 'drug', 2);
    ledger.addCategoryClaim('ip-1', 'S');
    ledger.discard();
    expect(ledger.snapshot()).toEqual(counters);
  });
});
