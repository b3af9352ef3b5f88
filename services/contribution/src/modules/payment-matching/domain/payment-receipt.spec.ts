import { paymentReceipt, receiptBase } from './payment-receipt';

describe('receipt of a matched payment’s premium', () => {
  it('is the transaction number, else the control number, else the payment id', () => {
    expect(receiptBase({ id: 'p-1', transactionNo: 'TX-9', controlNumber: 'CN-1' })).toBe('TX-9');
    expect(receiptBase({ id: 'p-1', transactionNo: '  ', controlNumber: 'CN-1' })).toBe('CN-1');
    expect(receiptBase({ id: 'p-1', transactionNo: null, controlNumber: null })).toBe('p-1');
  });

  it('takes the first free suffix when the product already has the receipt', () => {
    expect(paymentReceipt('TX-9', new Set())).toBe('TX-9');
    expect(paymentReceipt('TX-9', new Set(['TX-9']))).toBe('TX-9-2');
    expect(paymentReceipt('TX-9', new Set(['TX-9', 'TX-9-2']))).toBe('TX-9-3');
  });

  it('stays within 50 characters', () => {
    const long = 'T'.repeat(50);
    const receipt = paymentReceipt(long, new Set([long]));
    expect(receipt).toHaveLength(50);
    expect(receipt.endsWith('-2')).toBe(true);
  });
});
