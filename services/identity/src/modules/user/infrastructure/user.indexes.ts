// Current names and codes are unique; deleted rows keep theirs as history (partial unique indexes).
export const USERNAME_UNIQUE_INDEX = 'app_user_username_current_unique';
export const ROLE_NAME_UNIQUE_INDEX = 'role_name_current_unique';
export const OFFICER_CODE_UNIQUE_INDEX = 'enrolment_officer_code_current_unique';
export const CLAIM_ADMIN_CODE_UNIQUE_INDEX = 'claim_administrator_code_current_unique';
