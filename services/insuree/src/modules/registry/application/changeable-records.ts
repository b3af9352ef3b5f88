import { refuse } from '@imis/application';
import type { ScopeFilter } from '@imis/auth';
import { registryErrors } from '../domain/registry.errors';
import { familyChangeRefusal, type FamilyPlace, insureeChangeRefusal, type InsureePlace } from '../domain/scope-rules';

/** The family a command changes, or its refusal: unknown and outside the sender's scope are answered alike. */
export function changeableFamily<T extends FamilyPlace>(family: T | null, scope: ScopeFilter, field = 'id'): T {
  const refusal = familyChangeRefusal(family, scope, field);
  return refusal || !family ? refuse(refusal ?? registryErrors.familyNotFound(field)) : family;
}

/** The insuree a command changes, or its refusal (domain/scope-rules.ts: a member within its family's scope). */
export function changeableInsuree<T extends InsureePlace>(insuree: T | null, scope: ScopeFilter, field = 'id'): T {
  const refusal = insureeChangeRefusal(insuree, scope, field);
  return refusal || !insuree ? refuse(refusal ?? registryErrors.insureeNotFound(field)) : insuree;
}
