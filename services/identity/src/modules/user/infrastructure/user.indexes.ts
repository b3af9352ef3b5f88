// Current names and codes are unique; deleted rows keep theirs as history (partial unique indexes).
export const USERNAME_UNIQUE_INDEX = 'app_user_username_current_unique';

/**
 * The one case-folding rule for usernames: the database's lower() (under its collation), in SQL, around a
 * column or a `?` parameter. The unique index, the lookups and the login lockout key all fold with it, so
 * two spellings are one username to all of them or to none. Never JavaScript's toLowerCase: it folds some
 * letters otherwise (U+0130 "İ" becomes "i" + U+0307 there, "i" in PostgreSQL), which let a locked
 * username sign in under another spelling.
 */
export const foldedUsername = (sql: string): string => `lower(${sql})`;
export const ROLE_NAME_UNIQUE_INDEX = 'role_name_current_unique';
export const OFFICER_CODE_UNIQUE_INDEX = 'enrolment_officer_code_current_unique';
export const CLAIM_ADMIN_CODE_UNIQUE_INDEX = 'claim_administrator_code_current_unique';
