import type { EntityManager } from '@mikro-orm/core';
import type { DomainError, Result } from '@imis/kernel';
import type { InsuranceNumbers } from '../../insurance-number';
import type { InsureeFields } from '../../../shared/domain/insuree-fields';
import { currentVillageRefusal, healthFacilityRefusal } from './registry-references';

/**
 * The checks an insuree's fields need beyond their own validation: the number (scheme rule and not
 * taken), the first point of service and the current village. Every refusal at once; `field` names the
 * input fields under a prefix when the insuree is nested (a family's head: "head.insuranceNumber").
 */
export async function insureeReferenceRefusals(
  em: EntityManager,
  numbers: InsuranceNumbers,
  fields: InsureeFields,
  options: { exceptInsureeId?: string; fieldPrefix?: string } = {},
): Promise<DomainError[]> {
  const refusals = [
    await numbers.refusal(em, fields.insuranceNumber ?? '', options.exceptInsureeId),
    await healthFacilityRefusal(em, fields.healthFacilityId),
    await currentVillageRefusal(em, fields.currentVillageId),
  ].filter((refusal): refusal is DomainError => refusal !== null);
  return options.fieldPrefix ? refusals.map((refusal) => prefixed(refusal, options.fieldPrefix as string)) : refusals;
}

export function prefixed(error: DomainError, prefix: string): DomainError {
  return error.field ? { ...error, field: `${prefix}.${error.field}` } : error;
}

/** A nested input's refusals named under its field (the head of a new family: "head.birthDate"). */
export function withFieldPrefix<T>(result: Result<T>, prefix: string): Result<T> {
  return result.ok ? result : { ok: false, errors: result.errors.map((error) => prefixed(error, prefix)) };
}
