import { closesConversionLoop } from './conversion-chain';

describe('closesConversionLoop', () => {
  it('holds when the chain from the conversion product comes back', () => {
    const next = new Map([['b', 'c'], ['c', 'a']]);
    expect(closesConversionLoop('a', 'b', next)).toBe(true);
    expect(closesConversionLoop('a', 'a', next)).toBe(true);
  });

  it('does not hold for a chain ending, or looping elsewhere', () => {
    expect(closesConversionLoop('a', 'b', new Map([['b', 'c'], ['c', null]]))).toBe(false);
    expect(closesConversionLoop('a', 'b', new Map([['b', 'c'], ['c', 'b']]))).toBe(false);
  });
});
