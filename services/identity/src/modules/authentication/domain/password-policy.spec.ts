import { passwordPolicyErrors, type PasswordPolicy } from './password-policy';

const policy: PasswordPolicy = { minLength: 10, minCharacterClasses: 3 };
const messages = (password: string, username = 'amina') => passwordPolicyErrors(password, username, policy).map((error) => error.message);

describe('password policy', () => {
  it('accepts a long password mixing enough character classes', () => {
    expect(passwordPolicyErrors('Tanzania-2026', 'amina', policy)).toEqual([]);
    expect(passwordPolicyErrors('mwanza kwa 2026', 'amina', { minLength: 10, minCharacterClasses: 3 })).toEqual([]);
  });

  it('refuses a short password, naming the length rule', () => {
    expect(messages('Ab1!xyz')).toEqual(['The password must be at least 10 characters long']);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(messages('Ñandú-2026🙂')).toEqual([]);
    expect(messages('Añ1🙂🙂🙂🙂🙂🙂')).toEqual(['The password must be at least 10 characters long']);
  });

  it('refuses too few character classes', () => {
    expect(messages('onlylowercaseletters')).toEqual([
      'The password must mix at least 3 of: lower case, upper case, digits, other characters',
    ]);
    expect(passwordPolicyErrors('onlylowercaseletters', 'amina', { minLength: 10, minCharacterClasses: 1 })).toEqual([]);
  });

  it('refuses a password containing the username, whatever the case', () => {
    expect(messages('My-AMINA-2026')).toEqual(['The password must not contain the username']);
  });

  it('refuses the most common passwords', () => {
    expect(messages('P@ssw0rd123')).toEqual(['The password is one of the most common passwords']);
    expect(messages('Welcome@123')).toEqual(['The password is one of the most common passwords']);
  });

  it('reports every broken rule at once, as PASSWORD_TOO_WEAK on the given field', () => {
    const errors = passwordPolicyErrors('amina', 'amina', policy, 'newPassword');
    expect(errors).toHaveLength(3);
    expect(errors.every((error) => error.code === 'PASSWORD_TOO_WEAK' && error.field === 'newPassword')).toBe(true);
  });
});
