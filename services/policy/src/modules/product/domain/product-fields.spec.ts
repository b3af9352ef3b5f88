import { checkProductFields, mergeFields, type ProductFieldsCandidate } from './product-fields';

const VALID: ProductFieldsCandidate = {
  code: ' BASIC ',
  name: 'Basic cover',
  dateFrom: '2025-01-01',
  dateTo: '2025-12-31',
  insurancePeriod: 12,
  memberCount: 6,
  threshold: 4,
  lumpSum: '10000',
  premiumAdult: '1500.5',
  enrolmentDiscountPercent: 10,
  enrolmentDiscountPeriod: 2,
  startCycles: ['01-01', '01-07'],
  ceilingType: 'P',
  deductible: { general: '100', inPatient: null, outPatient: null },
};

function codes(candidate: ProductFieldsCandidate): [string, string | undefined][] {
  const result = checkProductFields(candidate);
  return result.ok ? [] : result.errors.map((error) => [error.code, error.field]);
}

describe('checkProductFields', () => {
  it('gives the canonical fields, with the defaults of what is not sent', () => {
    const result = checkProductFields(VALID);
    expect(result).toMatchObject({
      ok: true,
      value: {
        code: 'BASIC',
        lumpSum: '10000.00',
        premiumAdult: '1500.50',
        premiumChild: '0.00',
        gracePeriodPayment: 0,
        ceilingType: 'P',
        ceilingInterpretation: 'I',
        deductible: { general: '100.00', inPatient: null, outPatient: null },
        categoryLimits: { surgery: { maxCount: null, maxAmount: null } },
        relativePrices: { period: null, distribution: [] },
        capitation: null,
        accountCodes: { contribution: null, remuneration: null },
      },
    });
  });

  it('requires identity, sale window, insurance period and member count', () => {
    expect(codes({})).toEqual([
      ['PRODUCT_CODE_INVALID', 'code'],
      ['PRODUCT_NAME_INVALID', 'name'],
      ['PRODUCT_DATE_INVALID', 'dateFrom'],
      ['PRODUCT_DATE_INVALID', 'dateTo'],
      ['PRODUCT_INSURANCE_PERIOD_INVALID', 'insurancePeriod'],
      ['PRODUCT_MEMBER_COUNT_INVALID', 'memberCount'],
    ]);
    expect(codes({ ...VALID, code: '123456789', name: 'x'.repeat(101) })).toEqual([
      ['PRODUCT_CODE_INVALID', 'code'],
      ['PRODUCT_NAME_INVALID', 'name'],
    ]);
  });

  it('refuses a sale window ending before it starts, and impossible dates', () => {
    expect(codes({ ...VALID, dateFrom: '2025-06-01', dateTo: '2025-05-31' })).toEqual([['PRODUCT_SALE_WINDOW_INVALID', 'dateTo']]);
    expect(codes({ ...VALID, dateFrom: '2025-06-01', dateTo: '2025-06-01' })).toEqual([]);
    expect(codes({ ...VALID, dateTo: '2025-02-29' })).toEqual([['PRODUCT_DATE_INVALID', 'dateTo']]);
  });

  it('refuses periods out of range', () => {
    expect(codes({ ...VALID, insurancePeriod: 0, administrationPeriod: -1, gracePeriodPayment: 1.5 })).toEqual([
      ['PRODUCT_INSURANCE_PERIOD_INVALID', 'insurancePeriod'],
      ['PRODUCT_PERIOD_INVALID', 'administrationPeriod'],
      ['PRODUCT_PERIOD_INVALID', 'gracePeriodPayment'],
    ]);
  });

  it('refuses a threshold above the member count, and negative amounts and counts', () => {
    expect(codes({ ...VALID, threshold: 7 })).toEqual([['PRODUCT_THRESHOLD_INVALID', 'threshold']]);
    expect(codes({ ...VALID, memberCount: 0 })).toEqual([['PRODUCT_MEMBER_COUNT_INVALID', 'memberCount']]);
    expect(
      codes({
        ...VALID,
        premiumChild: '-1',
        maxInstallments: -1,
        ceiling: { general: null, inPatient: '-0.01', outPatient: null },
        categoryLimits: {
          consultation: { maxCount: -1, maxAmount: null },
          surgery: { maxCount: null, maxAmount: '-5' },
          delivery: { maxCount: 2, maxAmount: '50' },
          hospitalization: { maxCount: null, maxAmount: null },
          visit: { maxCount: null, maxAmount: null },
          antenatal: { maxCount: null, maxAmount: null },
        },
      }),
    ).toEqual([
      ['PRODUCT_AMOUNT_INVALID', 'premiumChild'],
      ['PRODUCT_COUNT_INVALID', 'maxInstallments'],
      ['PRODUCT_AMOUNT_INVALID', 'ceiling.inPatient'],
      ['PRODUCT_COUNT_INVALID', 'categoryLimits.consultation.maxCount'],
      ['PRODUCT_AMOUNT_INVALID', 'categoryLimits.surgery.maxAmount'],
    ]);
  });

  it('needs a discount percentage and period together, each in range', () => {
    expect(codes({ ...VALID, enrolmentDiscountPeriod: 0 })).toEqual([['PRODUCT_DISCOUNT_INCOMPLETE', 'enrolmentDiscountPeriod']]);
    expect(codes({ ...VALID, renewalDiscountPeriod: 3 })).toEqual([['PRODUCT_DISCOUNT_INCOMPLETE', 'renewalDiscountPercent']]);
    expect(codes({ ...VALID, renewalDiscountPercent: 101, renewalDiscountPeriod: 1 })).toEqual([['PRODUCT_PERCENT_INVALID', 'renewalDiscountPercent']]);
  });

  it('checks cycle starts, distribution, capitation and account codes', () => {
    expect(
      codes({
        ...VALID,
        startCycles: ['29-02'],
        relativePrices: { period: 'Y', periodInPatient: null, periodOutPatient: null, distribution: [{ careType: 'B', period: 1, percent: 100 }] },
        capitation: {
          levels: [{ level: 'X', subLevel: null }],
          shareWeights: { population: 101, families: 0, insuredPopulation: 0, insuredFamilies: 0, visits: 0, adjustedAmount: 0 },
        },
        accountCodes: { contribution: 'x'.repeat(26), remuneration: ' ' },
      }),
    ).toEqual([
      ['PRODUCT_START_CYCLE_INVALID', 'startCycles.0'],
      ['PRODUCT_CAPITATION_LEVEL_INVALID', 'capitation.levels.0'],
      ['PRODUCT_PERCENT_INVALID', 'capitation.shareWeights.population'],
      ['PRODUCT_ACCOUNT_CODE_INVALID', 'accountCodes.contribution'],
    ]);
  });
});

describe('mergeFields', () => {
  it('lays the sent fields over the base and keeps what was not sent', () => {
    expect(mergeFields({ code: 'A', name: 'Old', locationId: 'x' }, { name: 'New', code: undefined, locationId: null })).toEqual({ code: 'A', name: 'New', locationId: null });
  });
});
