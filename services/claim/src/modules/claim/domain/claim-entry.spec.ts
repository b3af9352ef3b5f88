import { type ClaimEntryInput, decideClaimEntry, type EntryReferences } from './claim-entry';
import { generatedClaimCode, isEditable, mayRestore } from './claim-state-rules';
import { rejectionReasonName, targetDate } from './claim-codes';

const references: EntryReferences = {
  diagnoses: new Map([
    ['A00', 'd0'],
    ['A01', 'd1'],
    ['A02', 'd2'],
  ]),
  items: new Map([
    ['I1', { id: 'i1', maximumQuantity: 5 }],
    ['I2', { id: 'i2', maximumQuantity: null }],
  ]),
  services: new Map([['S1', { id: 's1', maximumQuantity: null }]]),
};
const limits = { maxSecondaryDiagnoses: 2, maxLines: 3 };
const input = (change: Partial<ClaimEntryInput> = {}): ClaimEntryInput => ({
  dateFrom: '2026-03-01',
  dateTo: '2026-03-02',
  dateClaimed: '2026-03-03',
  mainDiagnosis: 'A00',
  secondaryDiagnoses: ['A01'],
  items: [{ code: 'I1', quantity: 2, priceAsked: '10.5' }],
  services: [{ code: 'S1', quantity: 1.5, priceAsked: '3.33' }],
  ...change,
});
const codes = (change: Partial<ClaimEntryInput>) => {
  const result = decideClaimEntry(input(change), references, limits);
  return result.ok ? [] : result.errors.map((error) => `${error.code}@${error.field}`);
};

describe('claim entry rules', () => {
  it('resolves references, normalises prices and sums claimed = Σ quantity × price asked (half up to the cent)', () => {
    const result = decideClaimEntry(input(), references, limits);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        code: null,
        visitType: 'O',
        mainDiagnosisId: 'd0',
        secondaryDiagnosisIds: ['d1'],
        items: [{ catalogueId: 'i1', quantity: 2, priceAsked: '10.50', explanation: null }],
        services: [{ catalogueId: 's1', quantity: 1.5, priceAsked: '3.33', explanation: null }],
        // 21.00 + 4.995 → 5.00
        claimed: '26.00',
      }),
    });
  });

  it('refuses dates out of order', () => {
    expect(codes({ dateTo: '2026-02-28' })).toEqual(['CLAIM_DATE_TO_BEFORE_FROM@dateTo']);
    expect(codes({ dateClaimed: '2026-02-28' })).toEqual(['CLAIM_DATE_CLAIMED_BEFORE_FROM@dateClaimed']);
    expect(codes({ dateFrom: '2026-02-30' })).toEqual(['CLAIM_DATE_INVALID@dateFrom']);
    expect(codes({ dateTo: null })).toEqual([]);
  });

  it('refuses unknown diagnoses, items and services, and too many diagnoses or lines', () => {
    expect(codes({ mainDiagnosis: 'Z99', secondaryDiagnoses: ['A01', 'Q'] })).toEqual(['DIAGNOSIS_NOT_FOUND@mainDiagnosis', 'DIAGNOSIS_NOT_FOUND@secondaryDiagnoses.1']);
    expect(codes({ secondaryDiagnoses: ['A01', 'A02', 'A00'] })).toEqual(['TOO_MANY_DIAGNOSES@secondaryDiagnoses']);
    expect(codes({ items: [{ code: 'X', quantity: 1, priceAsked: '1' }], services: [{ code: 'Y', quantity: 1, priceAsked: '1' }] })).toEqual([
      'ITEM_NOT_FOUND@items.0.code',
      'SERVICE_NOT_FOUND@services.0.code',
    ]);
    expect(codes({ items: [], services: [] })).toEqual(['CLAIM_LINES_REQUIRED@items']);
    const line = { code: 'I2', quantity: 1, priceAsked: '1' };
    expect(codes({ items: [line, line, line, line] })).toEqual(['CLAIM_TOO_MANY_LINES@items']);
  });

  it('refuses zero, negative, fractional-cent or excessive quantities and non-positive prices', () => {
    for (const quantity of [0, -1, 0.001, Number.NaN, 1e12]) {
      expect(codes({ items: [{ code: 'I2', quantity, priceAsked: '1' }] })).toEqual(['CLAIM_QUANTITY_INVALID@items.0.quantity']);
    }
    expect(codes({ items: [{ code: 'I1', quantity: 6, priceAsked: '1' }] })).toEqual(['CLAIM_QUANTITY_ABOVE_MAXIMUM@items.0.quantity']);
    for (const priceAsked of ['0', '-1.00', '1.234', 'abc']) {
      expect(codes({ items: [{ code: 'I2', quantity: 1, priceAsked }] })).toEqual(['CLAIM_PRICE_INVALID@items.0.priceAsked']);
    }
  });

  it('checks the code: trimmed, 1 to 20 characters', () => {
    expect(decideClaimEntry(input({ code: '  AB1 ' }), references, limits)).toMatchObject({ ok: true, value: { code: 'AB1' } });
    expect(codes({ code: ' ' })).toEqual(['CLAIM_CODE_INVALID@code']);
    expect(codes({ code: 'X'.repeat(21) })).toEqual(['CLAIM_CODE_INVALID@code']);
  });

  it('keeps the lines and diagnoses an update does not send', () => {
    const kept = { lines: { items: [{ catalogueId: 'i9', quantity: 1, priceAsked: '2.00', explanation: null }], services: [] }, diagnoses: { mainDiagnosisId: 'dx', secondaryDiagnosisIds: [] } };
    const result = decideClaimEntry(input({ mainDiagnosis: '', items: [], services: [] }), references, limits, kept);
    expect(result).toMatchObject({ ok: true, value: { claimed: '2.00', mainDiagnosisId: 'dx', items: kept.lines.items } });
  });
});

describe('claim standing', () => {
  it('edits only Entered claims not yet submitted; restores only Rejected ones within the bound', () => {
    expect(isEditable({ status: 'ENTERED', queued: false })).toBe(true);
    expect(isEditable({ status: 'ENTERED', queued: true })).toBe(false);
    expect(isEditable({ status: 'CHECKED', queued: false })).toBe(false);
    expect(mayRestore({ status: 'REJECTED', queued: true, restoreCount: 0 }, 1)).toBe('ok');
    expect(mayRestore({ status: 'REJECTED', queued: true, restoreCount: 1 }, 1)).toBe('limit');
    expect(mayRestore({ status: 'VALUATED', queued: true, restoreCount: 0 }, 1)).toBe('not-rejected');
  });

  it('names codes, target dates and rejection reasons', () => {
    expect(generatedClaimCode(42)).toBe('C00000042');
    expect(targetDate('2026-01-01', null)).toBe('2026-01-01');
    expect(targetDate('2026-01-01', '2026-01-03')).toBe('2026-01-03');
    expect(rejectionReasonName(7)).toBe('INVALID_INSUREE');
    expect(rejectionReasonName(18)).toBeUndefined();
  });
});
