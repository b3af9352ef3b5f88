import { checkSubstitution } from './substitution-chain';

const codeOf = (result: ReturnType<typeof checkSubstitution>) => (result.ok ? 'ok' : result.errors[0].code);

describe('substitution chain', () => {
  it('accepts no substitute and a chain that ends', () => {
    const chain = new Map([['B', 'C'], ['C', null]]);
    expect(codeOf(checkSubstitution('A', null, chain))).toBe('ok');
    expect(codeOf(checkSubstitution('A', 'B', chain))).toBe('ok');
  });

  it('refuses an officer substituting itself', () => {
    expect(codeOf(checkSubstitution('A', 'A', new Map()))).toBe('SUBSTITUTION_LOOP');
  });

  it('refuses a chain that returns to the officer', () => {
    const chain = new Map<string, string | null>([['B', 'C'], ['C', 'A']]);
    expect(codeOf(checkSubstitution('A', 'B', chain))).toBe('SUBSTITUTION_LOOP');
  });

  it('stops on a loop among other officers without blaming this one', () => {
    const chain = new Map<string, string | null>([['B', 'C'], ['C', 'B']]);
    expect(codeOf(checkSubstitution('A', 'B', chain))).toBe('ok');
  });
});
