import { clientMutationFingerprint } from './client-mutation-fingerprint';

describe('clientMutationFingerprint', () => {
  const of = (input: unknown, operation = 'createInsuree') => clientMutationFingerprint(operation, input);

  it('is the same for the same input in any key order, with undefined members left out', () => {
    expect(of({ a: 1, b: { c: 'x', d: [1, 2] } })).toBe(of({ b: { d: [1, 2], c: 'x' }, a: 1, e: undefined }));
  });

  it('tells apart another operation, another value, a null from an absent member and array order', () => {
    const base = of({ name: 'Amina', phone: null });
    expect(new Set([base, of({ name: 'Amina', phone: null }, 'updateInsuree'), of({ name: 'Amine', phone: null }), of({ name: 'Amina' }), of({ name: 'Amina', phone: 'null' })]).size).toBe(5);
    expect(of({ ids: [1, 2] })).not.toBe(of({ ids: [2, 1] }));
    expect(of({ n: 1 })).not.toBe(of({ n: '1' }));
  });

  it('compares bytes and dates by value', () => {
    expect(of({ photo: Buffer.from('jpeg') })).toBe(of({ photo: Buffer.from('jpeg') }));
    expect(of({ photo: Buffer.from('jpeg') })).not.toBe(of({ photo: Buffer.from('png') }));
    expect(of({ on: new Date('2026-01-02T00:00:00Z') })).toBe(of({ on: new Date('2026-01-02T00:00:00Z') }));
    expect(of({ on: new Date('2026-01-02T00:00:00Z') })).not.toBe(of({ on: new Date('2026-01-03T00:00:00Z') }));
  });
});
