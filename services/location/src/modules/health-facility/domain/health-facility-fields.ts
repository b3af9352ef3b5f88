import { collect, type DomainError, type Result, trimmedOrNull } from '@imis/kernel';
import { contractDateErrors } from './contract-dates';
import {
  CARE_TYPES,
  HEALTH_FACILITY_LEVELS,
  HEALTH_FACILITY_STATUSES,
  isOneOf,
  LEGAL_FORMS,
  SUB_LEVELS,
  type CareTypeCode,
  type HealthFacilityLevelCode,
  type HealthFacilityStatusCode,
  type LegalFormCode,
  type SubLevelCode,
} from './health-facility-codes';
import { healthFacilityErrors } from './health-facility.errors';

export const HEALTH_FACILITY_CODE_MAX_LENGTH = 8;
export const HEALTH_FACILITY_NAME_MAX_LENGTH = 100;
/** Maximum lengths of the optional texts. */
export const OPTIONAL_TEXT_MAX_LENGTHS = { address: 100, phone: 50, fax: 50, email: 50, accountingCode: 25 } as const;

type OptionalText = keyof typeof OPTIONAL_TEXT_MAX_LENGTHS;
const OPTIONAL_TEXTS = Object.keys(OPTIONAL_TEXT_MAX_LENGTHS) as OptionalText[];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The attributes of a health facility (its district is checked apart); dates are calendar dates "YYYY-MM-DD". */
export interface HealthFacilityFields extends Record<OptionalText, string | null> {
  code: string;
  name: string;
  legalForm: LegalFormCode;
  level: HealthFacilityLevelCode;
  subLevel: SubLevelCode | null;
  careType: CareTypeCode;
  contractStartDate: string | null;
  contractEndDate: string | null;
  status: HealthFacilityStatusCode;
  offline: boolean;
}

/** What a caller sent: `undefined` = not sent (kept on update), `null` = cleared. */
export type HealthFacilityFieldsInput = { [K in keyof HealthFacilityFields]?: HealthFacilityFields[K] | null };

type Draft = { [K in keyof HealthFacilityFields]: HealthFacilityFields[K] | null };

/** Validates a new health facility; status defaults to active, offline to false. */
export function newHealthFacilityFields(input: HealthFacilityFieldsInput): Result<HealthFacilityFields> {
  const draft: Draft = {
    code: null, name: null, legalForm: null, level: null, subLevel: null, careType: null,
    address: null, phone: null, fax: null, email: null, accountingCode: null,
    contractStartDate: null, contractEndDate: null, status: 'AC', offline: false,
  };
  return validated(assignSent(draft, input));
}

/** Applies the fields a caller sent; a field not sent keeps its value. `changed` is false for a no-op. */
export function changedHealthFacilityFields(
  current: HealthFacilityFields,
  input: HealthFacilityFieldsInput,
): Result<{ fields: HealthFacilityFields; changed: boolean }> {
  const result = validated(assignSent({ ...current }, input));
  if (!result.ok) return result;
  const fields = result.value;
  const changed = (Object.keys(fields) as (keyof HealthFacilityFields)[]).some((key) => fields[key] !== current[key]);
  return { ok: true, value: { fields, changed } };
}

function assignSent(draft: Draft, input: HealthFacilityFieldsInput): Draft {
  for (const key of Object.keys(draft) as (keyof Draft)[]) {
    if (input[key] !== undefined) (draft as Record<string, unknown>)[key] = input[key];
  }
  return draft;
}

function validated(draft: Draft): Result<HealthFacilityFields> {
  const errors: DomainError[] = [];
  const code = draft.code?.trim() ?? '';
  if (code === '') errors.push(healthFacilityErrors.codeRequired());
  else if (code.length > HEALTH_FACILITY_CODE_MAX_LENGTH) errors.push(healthFacilityErrors.codeTooLong(HEALTH_FACILITY_CODE_MAX_LENGTH));
  const name = draft.name?.trim() ?? '';
  if (name === '' || name.length > HEALTH_FACILITY_NAME_MAX_LENGTH) {
    errors.push(healthFacilityErrors.nameInvalid(HEALTH_FACILITY_NAME_MAX_LENGTH));
  }
  required(errors, 'legalForm', LEGAL_FORMS, draft.legalForm);
  required(errors, 'level', HEALTH_FACILITY_LEVELS, draft.level);
  if (draft.subLevel !== null && !isOneOf(SUB_LEVELS, draft.subLevel)) errors.push(healthFacilityErrors.fieldInvalid('subLevel', SUB_LEVELS));
  required(errors, 'careType', CARE_TYPES, draft.careType);
  required(errors, 'status', HEALTH_FACILITY_STATUSES, draft.status);
  const texts = {} as Record<OptionalText, string | null>;
  for (const field of OPTIONAL_TEXTS) {
    texts[field] = trimmedOrNull(draft[field]);
    const max = OPTIONAL_TEXT_MAX_LENGTHS[field];
    if ((texts[field]?.length ?? 0) > max) errors.push(healthFacilityErrors.fieldTooLong(field, max));
  }
  if (texts.email !== null && texts.email.length <= OPTIONAL_TEXT_MAX_LENGTHS.email && !EMAIL.test(texts.email)) {
    errors.push(healthFacilityErrors.emailInvalid());
  }
  errors.push(...contractDateErrors(draft.contractStartDate, draft.contractEndDate));
  return collect(errors, () => ({
    ...(draft as HealthFacilityFields),
    ...texts,
    code,
    name,
    offline: draft.offline ?? false,
  }));
}

function required(errors: DomainError[], field: string, allowed: readonly string[], value: string | null): void {
  if (value === null) errors.push(healthFacilityErrors.fieldRequired(field));
  else if (!allowed.includes(value)) errors.push(healthFacilityErrors.fieldInvalid(field, allowed));
}
