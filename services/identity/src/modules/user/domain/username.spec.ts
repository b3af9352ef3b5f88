import { checkUsername } from './username';

const code = (input: string | null) => {
  const result = checkUsername(input);
  return result.ok ? result.value : result.errors[0].code;
};

describe('username rules', () => {
  it('trims and keeps the case of a valid username', () => {
    expect(code('  Jane.Doe_1@hf-2 ')).toBe('Jane.Doe_1@hf-2');
  });

  it('refuses a blank, a too long or a badly formed username', () => {
    expect(code('   ')).toBe('USERNAME_INVALID');
    expect(code(null)).toBe('USERNAME_INVALID');
    expect(code('a'.repeat(51))).toBe('USERNAME_INVALID');
    expect(code('a'.repeat(50))).toBe('a'.repeat(50));
    expect(code('jane doe')).toBe('USERNAME_INVALID');
    expect(code('.jane')).toBe('USERNAME_INVALID');
  });
});
