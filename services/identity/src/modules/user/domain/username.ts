import { ok, refused, type Result } from '@imis/kernel';
import { userAdminErrors } from './user-admin.errors';

export const USERNAME_MAX_LENGTH = 50;
const ALLOWED = /^[A-Za-z0-9][A-Za-z0-9._@-]*$/;

/** A username is trimmed, 1 to 50 characters, starts with a letter or digit, then letters, digits, ".", "_", "-" or "@". */
export function checkUsername(input: string | null | undefined): Result<string> {
  const username = (input ?? '').trim();
  if (username === '') return refused(userAdminErrors.usernameInvalid('The username is required'));
  if (username.length > USERNAME_MAX_LENGTH) {
    return refused(userAdminErrors.usernameInvalid(`The username must have at most ${USERNAME_MAX_LENGTH} characters`));
  }
  if (!ALLOWED.test(username)) {
    return refused(userAdminErrors.usernameInvalid('The username may hold only letters, digits, ".", "_", "-" and "@", starting with a letter or digit'));
  }
  return ok(username);
}
