import type { EntityManager } from '@mikro-orm/postgresql';
import type { Result } from '@imis/kernel';
import { generatedClaimCode } from '../domain/claim-state-rules';
import { claimErrors } from '../domain/claim.errors';
import { facilityCodeKey, lockFacilityCodes, reserveCodeNumbers, takenCodes } from '../infrastructure/claim-code.statements';
import type { PlannedClaim } from './claim-entry-plan';

/**
 * The code of each planned claim (null: refused earlier), unique among the current claims of its facility: a code
 * sent twice in the batch or held by another current claim is refused (CLAIM_CODE_DUPLICATE); an absent one is
 * generated (C + 8 digits, from the facility’s counter, skipping codes that someone entered by hand). The
 * facilities are locked until commit, so concurrent entries cannot take the same code.
 */
export async function assignCodes(tx: EntityManager, planned: readonly (PlannedClaim | null)[], exceptIds: readonly string[] = []): Promise<(Result<string> | null)[]> {
  await lockFacilityCodes(tx, planned.flatMap((claim) => (claim ? [claim.healthFacilityId] : [])));
  const given = planned.flatMap((claim) => (claim?.entry.code ? [{ facilityId: claim.healthFacilityId, code: claim.entry.code }] : []));
  const taken = await takenCodes(tx, given, exceptIds);
  const results: (Result<string> | null)[] = planned.map((claim) => {
    if (!claim || !claim.entry.code) return null;
    const key = facilityCodeKey(claim.healthFacilityId, claim.entry.code);
    if (taken.has(key)) return { ok: false, errors: [claimErrors.codeDuplicate(claim.entry.code)] };
    taken.add(key);
    return { ok: true, value: claim.entry.code };
  });
  const missing = new Map<string, number[]>();
  planned.forEach((claim, index) => {
    if (claim && !claim.entry.code) missing.set(claim.healthFacilityId, [...(missing.get(claim.healthFacilityId) ?? []), index]);
  });
  for (const [facilityId, indexes] of missing) {
    const codes = await freeCodes(tx, facilityId, indexes.length, taken);
    indexes.forEach((index, position) => (results[index] = { ok: true, value: codes[position] }));
  }
  return results;
}

async function freeCodes(tx: EntityManager, facilityId: string, count: number, taken: Set<string>): Promise<string[]> {
  const codes: string[] = [];
  while (codes.length < count) {
    const candidates = (await reserveCodeNumbers(tx, facilityId, count - codes.length)).map(generatedClaimCode);
    const held = await takenCodes(tx, candidates.map((code) => ({ facilityId, code })));
    for (const code of candidates) {
      const key = facilityCodeKey(facilityId, code);
      if (held.has(key) || taken.has(key)) continue;
      taken.add(key);
      codes.push(code);
    }
  }
  return codes;
}
