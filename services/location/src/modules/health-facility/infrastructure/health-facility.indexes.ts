/** Current codes are unique; deleted rows keep theirs as history (partial unique index). */
export const HEALTH_FACILITY_CODE_UNIQUE_INDEX = 'health_facility_code_current_unique';
