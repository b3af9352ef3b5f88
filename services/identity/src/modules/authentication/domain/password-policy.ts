import type { DomainError } from '@imis/kernel';
import { COMMON_PASSWORDS } from './common-passwords';

export interface PasswordPolicy {
  readonly minLength: number;
  /** How many of the four classes (lower case, upper case, digit, other) a password must mix. */
  readonly minCharacterClasses: number;
}

export const PASSWORD_TOO_WEAK = 'PASSWORD_TOO_WEAK';

const CHARACTER_CLASSES: readonly RegExp[] = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];

/** Every rule of the policy the password breaks (empty when it is acceptable), one error per rule. */
export function passwordPolicyErrors(password: string, username: string, policy: PasswordPolicy, field = 'password'): DomainError[] {
  const weak = (message: string): DomainError => ({ code: PASSWORD_TOO_WEAK, message, field });
  const errors: DomainError[] = [];
  if ([...password].length < policy.minLength) {
    errors.push(weak(`The password must be at least ${policy.minLength} characters long`));
  }
  const classes = CHARACTER_CLASSES.filter((characterClass) => characterClass.test(password)).length;
  if (classes < policy.minCharacterClasses) {
    errors.push(
      weak(`The password must mix at least ${policy.minCharacterClasses} of: lower case, upper case, digits, other characters`),
    );
  }
  const name = username.trim().toLowerCase();
  if (name.length > 0 && password.toLowerCase().includes(name)) {
    errors.push(weak('The password must not contain the username'));
  }
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    errors.push(weak('The password is one of the most common passwords'));
  }
  return errors;
}
