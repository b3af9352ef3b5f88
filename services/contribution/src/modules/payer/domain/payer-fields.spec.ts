import { isPayerLocationType, payerFields } from './payer-fields';

describe('payer fields', () => {
  it('keeps a payer trimmed, blank optional texts as null', () => {
    expect(payerFields({ type: 'G', name: '  Ministry  ', address: ' ', email: ' fund@example.org ' })).toEqual({
      ok: true,
      value: { type: 'G', name: 'Ministry', address: null, phone: null, fax: null, email: 'fund@example.org' },
    });
  });

  it('refuses a blank or long name, long texts and a malformed e-mail, all at once', () => {
    const result = payerFields({ type: 'D', name: ' ', phone: '1'.repeat(51), email: 'not-an-address' });
    expect(result.ok ? [] : result.errors.map((error) => [error.code, error.field])).toEqual([
      ['PAYER_NAME_INVALID', 'name'],
      ['PAYER_FIELD_TOO_LONG', 'phone'],
      ['PAYER_EMAIL_INVALID', 'email'],
    ]);
    expect(payerFields({ type: 'D', name: 'n'.repeat(101) }).ok).toBe(false);
  });

  it('places a payer at a region or a district only', () => {
    expect(['R', 'D'].every(isPayerLocationType)).toBe(true);
    expect(['W', 'V'].some(isPayerLocationType)).toBe(false);
  });
});
