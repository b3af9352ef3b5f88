/** Current codes are unique; deleted rows keep theirs as history (partial unique index). */
export const LOCATION_CODE_UNIQUE_INDEX = 'location_code_current_unique';
