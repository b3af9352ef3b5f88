import type { EntityManager } from '@mikro-orm/postgresql';
import { type DomainError, type Result } from '@imis/kernel';
import { insureesByIds, insureesByNumbers } from '@imis/insuree-projection';
import { catalogueByCodes } from '@imis/medical-projection';
import { isUuid } from '@imis/persistence';
import { claimAdminsByIds, facilitiesByIds } from '../../provider';
import { type ClaimEntry, type ClaimEntryInput, decideClaimEntry, type EntryLimits, type EntryReferences, type KeptParts } from '../domain/claim-entry';
import { claimErrors } from '../domain/claim.errors';
import { mayEnterAt, type ClaimScope } from './claim-scope';

/** A claim as a caller enters it: the entry and its parties. */
export interface ClaimInput extends ClaimEntryInput {
  insureeId?: string | null;
  insuranceNumber?: string | null;
  /** Absent for a claim administrator: its facility. */
  healthFacilityId?: string | null;
  /** Absent for a claim administrator: itself. */
  claimAdminId?: string | null;
}

/** An entry whose rules passed and parties are known: ready to be written. */
export interface PlannedClaim {
  entry: ClaimEntry;
  insureeId: string;
  healthFacilityId: string;
  claimAdminId: string | null;
}

const trimmed = (values: readonly (string | null | undefined)[]): string[] => [...new Set(values.flatMap((value) => (value ? [value.trim()] : [])))];

/**
 * Resolves the references of a batch of entries with one query per kind (diagnoses, items, services, insurees by
 * id and by number, facilities, claim administrators), then applies the entry rules to each: a result per input, in
 * order. A facility or claim administrator outside the scope answers as unknown.
 */
export async function planClaims(
  tx: EntityManager,
  inputs: readonly ClaimInput[],
  scope: ClaimScope,
  limits: EntryLimits,
  kept: KeptParts = {},
): Promise<Result<PlannedClaim>[]> {
  const facilityOf = (input: ClaimInput) => input.healthFacilityId ?? scope.claimAdmin?.healthFacilityId ?? null;
  // One after the other: a transaction's connection runs one statement at a time.
  const { diagnoses, items, services } = await catalogueByCodes(tx, {
    diagnoses: trimmed(inputs.flatMap((input) => [input.mainDiagnosis, ...(input.secondaryDiagnoses ?? [])])),
    items: trimmed(inputs.flatMap((input) => (input.items ?? []).map((line) => line.code))),
    services: trimmed(inputs.flatMap((input) => (input.services ?? []).map((line) => line.code))),
  });
  const byId = await insureesByIds(tx, trimmed(inputs.map((input) => input.insureeId)));
  const byNumber = await insureesByNumbers(tx, trimmed(inputs.filter((input) => !input.insureeId).map((input) => input.insuranceNumber)));
  const facilities = await facilitiesByIds(tx, trimmed(inputs.map(facilityOf)));
  const admins = await claimAdminsByIds(tx, trimmed(inputs.map((input) => input.claimAdminId)));
  const references: EntryReferences = {
    diagnoses: new Map(diagnoses.map((row) => [row.code, row.id])),
    items: new Map(items.map((row) => [row.code, { id: row.id, maximumQuantity: row.maximumQuantity }])),
    services: new Map(services.map((row) => [row.code, { id: row.id, maximumQuantity: row.maximumQuantity }])),
  };
  const insureeIds = new Set(byId.map((row) => row.id));
  const numbers = new Map(byNumber.map((row) => [row.insuranceNumber, row.id]));

  return inputs.map((input) => {
    const errors: DomainError[] = [];
    const insureeId = resolveInsuree(input, insureeIds, numbers, errors);
    const facilityId = facilityOf(input);
    const facility = facilityId ? facilities.get(facilityId) : undefined;
    if (!facilityId) errors.push(claimErrors.facilityRequired());
    else if (!facility || !mayEnterAt(scope, facility)) errors.push(claimErrors.facilityNotFound());
    const claimAdminId = input.claimAdminId ?? scope.claimAdmin?.id ?? null;
    if (input.claimAdminId && (!isUuid(input.claimAdminId) || admins.get(input.claimAdminId)?.healthFacilityId !== facilityId)) {
      errors.push(claimErrors.claimAdminNotFound());
    }
    const entry = decideClaimEntry(input, references, limits, kept);
    if (!entry.ok) errors.push(...entry.errors);
    if (errors.length > 0 || !entry.ok || !insureeId || !facilityId) return { ok: false, errors } as Result<PlannedClaim>;
    return { ok: true, value: { entry: entry.value, insureeId, healthFacilityId: facilityId, claimAdminId } };
  });
}

function resolveInsuree(input: ClaimInput, ids: Set<string>, numbers: Map<string, string>, errors: DomainError[]): string | null {
  if (input.insureeId) {
    if (ids.has(input.insureeId.trim())) return input.insureeId.trim();
    errors.push(claimErrors.insureeNotFound('insureeId'));
    return null;
  }
  if (input.insuranceNumber) {
    const id = numbers.get(input.insuranceNumber.trim());
    if (!id) errors.push(claimErrors.insureeNotFound('insuranceNumber'));
    return id ?? null;
  }
  errors.push(claimErrors.insureeMissing());
  return null;
}
