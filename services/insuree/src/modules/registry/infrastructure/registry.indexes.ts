/** Names of the constraints the registry's commands translate into refusals (and the migration creates). */
export const INSURANCE_NUMBER_UNIQUE_INDEX = 'insuree_insurance_number_current_unique';
export const ONE_HEAD_PER_FAMILY_INDEX = 'insuree_one_head_per_family';
