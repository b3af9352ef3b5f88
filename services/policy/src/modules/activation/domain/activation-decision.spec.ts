import { decideActivation, type PaidPolicy } from './activation-decision';

const idle: PaidPolicy = { status: 'IDLE', value: '1000.00', startDate: '2025-07-01', effectiveDate: null, underpaid: false };
const active: PaidPolicy = { ...idle, status: 'ACTIVE', effectiveDate: '2025-07-01' };

describe('decideActivation', () => {
  it('leaves an Idle policy short of its value as it is', () => {
    expect(decideActivation(idle, '999.99', '2025-06-01', 'contribution')).toEqual({ kind: 'none', underpaid: false, warnings: [] });
  });

  it('activates an Idle policy paid in full, effective from its start when paid early', () => {
    expect(decideActivation(idle, '1000', '2025-06-01', 'contribution')).toEqual({ kind: 'activate', status: 'ACTIVE', effectiveDate: '2025-07-01', underpaid: false, warnings: [] });
  });

  it('makes it effective from the pay date when paid after the start', () => {
    expect(decideActivation(idle, '1000', '2025-08-15', 'contribution')).toMatchObject({ kind: 'activate', effectiveDate: '2025-08-15' });
  });

  it('makes it Ready instead with the activation option "ready"', () => {
    expect(decideActivation(idle, '1000', '2025-06-01', 'ready')).toMatchObject({ kind: 'activate', status: 'READY', effectiveDate: '2025-07-01' });
  });

  it('activates an over-paid policy with a warning', () => {
    const decision = decideActivation(idle, '1000.01', '2025-06-01', 'contribution');
    expect(decision).toMatchObject({ kind: 'activate', status: 'ACTIVE' });
    expect(decision.warnings.map((warning) => warning.code)).toEqual(['OVERPAID']);
  });

  it('flags an activated policy whose paid total fell below its value, status unchanged', () => {
    const decision = decideActivation(active, '500', '2025-09-01', 'contribution');
    expect(decision).toMatchObject({ kind: 'flagUnderpaid', underpaid: true });
    expect(decision.warnings.map((warning) => warning.code)).toEqual(['UNDERPAID']);
  });

  it('covers pending members of an activated policy paid in full again, and clears the flag', () => {
    expect(decideActivation({ ...active, underpaid: true }, '1000', '2025-09-01', 'contribution')).toEqual({
      kind: 'coverPending',
      effectiveDate: '2025-09-01',
      underpaid: false,
      warnings: [],
    });
  });

  it('never reactivates a suspended policy, but flags it when it was activated and is under-paid', () => {
    expect(decideActivation({ ...active, status: 'SUSPENDED' }, '2000', '2025-09-01', 'contribution')).toMatchObject({ kind: 'none', underpaid: false });
    expect(decideActivation({ ...active, status: 'SUSPENDED' }, '10', '2025-09-01', 'contribution')).toMatchObject({ kind: 'flagUnderpaid' });
    expect(decideActivation({ ...idle, status: 'SUSPENDED' }, '10', '2025-09-01', 'contribution')).toMatchObject({ kind: 'none', underpaid: false });
  });

  it('with no pay date left (every premium reversed) flags an activated policy and activates nothing', () => {
    expect(decideActivation(active, '0.00', null, 'contribution')).toMatchObject({ kind: 'flagUnderpaid', underpaid: true });
    expect(decideActivation(idle, '0.00', null, 'contribution')).toEqual({ kind: 'none', underpaid: false, warnings: [] });
    const free = { ...idle, value: '0.00' };
    expect(decideActivation(free, '0.00', null, 'contribution')).toEqual({ kind: 'none', underpaid: false, warnings: [] });
    expect(decideActivation({ ...free, status: 'ACTIVE', effectiveDate: '2025-07-01' }, '0.00', null, 'contribution')).toMatchObject({ kind: 'none', underpaid: false });
  });
});
