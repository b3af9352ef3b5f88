import { conversionChain, planRenewal, RENEWAL_WARNING, type RenewalCandidate, type RenewalContext, type RenewalProduct } from './renewal-plan';
import { membersNeedingPhoto } from './renewal-photos';
import { calendarDateIn } from './policy-job-run';

const product = (id: string, conversionProductId: string | null = null, dateTo = '2030-12-31'): RenewalProduct => ({ id, conversionProductId, dateFrom: '2020-01-01', dateTo });
const productsOf = (...list: RenewalProduct[]) => new Map(list.map((p) => [p.id, p]));
const candidate = (change: Partial<RenewalCandidate> = {}): RenewalCandidate => ({
  policyId: 'p1',
  familyId: 'f1',
  productId: 'A',
  officerId: 'o1',
  expiryDate: '2025-06-30',
  hasReminder: false,
  ...change,
});
const context = (change: Partial<RenewalContext> = {}): RenewalContext => ({
  products: productsOf(product('A')),
  officers: new Map([['o1', { id: 'o1', substitutionOfficerId: null, worksTo: null }]]),
  familyPolicies: [],
  members: [],
  promptDate: '2025-06-20',
  ageOfMajority: 18,
  ...change,
});

describe('renewal reminders: plan of one policy', () => {
  it('follows the conversion chain to its end and stops on a loop or an unknown product', () => {
    expect(conversionChain('A', productsOf(product('A', 'B'), product('B', 'C'), product('C')))).toEqual(['A', 'B', 'C']);
    expect(conversionChain('A', productsOf(product('A', 'B'), product('B', 'C'), product('C', 'A')))).toEqual(['A', 'B', 'C']);
    expect(conversionChain('A', productsOf(product('A', 'B')))).toEqual(['A']);
  });

  it('renews on expiry + 1 day into the end of the chain, with warnings', () => {
    const decision = planRenewal(candidate({ officerId: null }), context({ products: productsOf(product('A', 'B'), product('B', null, '2025-06-30')) }));
    expect(decision).toMatchObject({ skip: null, renewalDate: '2025-07-01', newProductId: 'B', newOfficerId: null });
    expect(decision.skip === null && decision.warnings).toBe(RENEWAL_WARNING.PRODUCT_NOT_VALID | RENEWAL_WARNING.NO_OFFICER);
    expect(planRenewal(candidate(), context())).toMatchObject({ skip: null, newProductId: 'A', newOfficerId: 'o1', warnings: 0 });
  });

  it('hands the renewal to the end of the substitution chain, warning when no officer works on the renewal date', () => {
    const officers = new Map([
      ['o1', { id: 'o1', substitutionOfficerId: 'o2', worksTo: '2025-06-30' }],
      ['o2', { id: 'o2', substitutionOfficerId: null, worksTo: '2025-06-30' }],
    ]);
    expect(planRenewal(candidate(), context({ officers }))).toMatchObject({ newOfficerId: 'o2', warnings: RENEWAL_WARNING.OFFICER_CONTRACT_ENDS });
    officers.set('o2', { id: 'o2', substitutionOfficerId: null, worksTo: '2025-07-01' });
    expect(planRenewal(candidate(), context({ officers }))).toMatchObject({ newOfficerId: 'o2', warnings: 0 });
    expect(planRenewal(candidate({ officerId: 'deleted' }), context({ officers }))).toMatchObject({ newOfficerId: null, warnings: RENEWAL_WARNING.NO_OFFICER });
  });

  it('skips a policy with a reminder, or renewed by a policy of the same or a conversion product from expiry + 1 day', () => {
    const products = productsOf(product('A', 'B'), product('B'), product('X'));
    expect(planRenewal(candidate({ hasReminder: true }), context())).toEqual({ skip: 'REMINDER_EXISTS' });
    const later = (productId: string, startDate: string) => context({ products, familyPolicies: [{ id: 'p2', productId, startDate }] });
    expect(planRenewal(candidate(), later('B', '2025-07-01'))).toEqual({ skip: 'ALREADY_RENEWED' });
    expect(planRenewal(candidate(), later('A', '2025-08-01'))).toEqual({ skip: 'ALREADY_RENEWED' });
    expect(planRenewal(candidate(), later('A', '2025-06-30')).skip).toBeNull();
    expect(planRenewal(candidate(), later('X', '2025-07-01')).skip).toBeNull();
  });

  it('lists members without a photo, with one of 60 months, or of 12 months for a minor', () => {
    const needs = membersNeedingPhoto(
      [
        { insureeId: 'none', birthDate: '1980-01-01', photoDate: null },
        { insureeId: 'old', birthDate: '1980-01-01', photoDate: '2020-06-20' },
        { insureeId: 'recent', birthDate: '1980-01-01', photoDate: '2020-06-21' },
        { insureeId: 'minor', birthDate: '2015-01-01', photoDate: '2024-06-20' },
        { insureeId: 'minor-recent', birthDate: '2015-01-01', photoDate: '2024-06-21' },
      ],
      '2025-06-20',
      18,
    );
    expect(needs.map((need) => `${need.insureeId}:${need.reason}`)).toEqual(['none:NO_PHOTO', 'old:PHOTO_TOO_OLD', 'minor:PHOTO_TOO_OLD']);
  });

  it('dates a run in its time zone', () => {
    const at = new Date('2025-06-30T22:30:00Z');
    expect(calendarDateIn(at, 'UTC')).toBe('2025-06-30');
    expect(calendarDateIn(at, 'Africa/Dar_es_Salaam')).toBe('2025-07-01');
  });
});
