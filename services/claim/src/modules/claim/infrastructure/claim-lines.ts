import type { EntityManager } from '@mikro-orm/postgresql';
import { selectEntities, uuidArrayLiteral } from '@imis/persistence';
import type { EnteredLine } from '../domain/claim-entry';
import type { ClaimLines } from '../application/claim.view';
import { ClaimItem } from './claim-item.entity';
import { ClaimService } from './claim-service.entity';
import type { Claim } from './claim.entity';

const CURRENT_LINES = 'claim_id = any(?::uuid[]) and replaced_in_version is null order by id';

/**
 * The current lines of these claims, by claim (two queries). `unmanaged`: outside the unit of work (selectEntities),
 * for a caller that writes them itself set-based (adjudication).
 */
export async function currentLines(em: EntityManager, claimIds: readonly string[], options: { unmanaged?: boolean } = {}): Promise<Map<string, ClaimLines>> {
  const byClaim = new Map<string, ClaimLines>(claimIds.map((id) => [id, { items: [], services: [] }]));
  if (claimIds.length === 0) return byClaim;
  let items: ClaimItem[];
  let services: ClaimService[];
  if (options.unmanaged) {
    const ids = [uuidArrayLiteral(claimIds)];
    items = await selectEntities(em, ClaimItem, CURRENT_LINES, ids);
    services = await selectEntities(em, ClaimService, CURRENT_LINES, ids);
  } else {
    const where = { claimId: { $in: [...claimIds] }, replacedInVersion: null };
    items = await em.find(ClaimItem, where, { orderBy: { id: 'asc' } });
    services = await em.find(ClaimService, where, { orderBy: { id: 'asc' } });
  }
  for (const item of items) byClaim.get(item.claimId)?.items.push(item);
  for (const service of services) byClaim.get(service.claimId)?.services.push(service);
  return byClaim;
}

/** Every line these claims ever had (each version’s), by claim (two queries). */
export async function allLines(em: EntityManager, claimId: string): Promise<ClaimLines> {
  const items = await em.find(ClaimItem, { claimId }, { orderBy: { id: 'asc' } });
  const services = await em.find(ClaimService, { claimId }, { orderBy: { id: 'asc' } });
  return { items, services };
}

/** New lines of a claim at a version, in memory (insertEntities writes them, or addLines persists them). */
export function newLines(claim: Claim, version: number, entered: { items: EnteredLine[]; services: EnteredLine[] }): ClaimLines {
  const common = (line: EnteredLine) => ({
    claimId: claim.id,
    enteredInVersion: version,
    quantityProvided: String(line.quantity),
    priceAsked: line.priceAsked,
    explanation: line.explanation,
  });
  return {
    items: entered.items.map((line) => Object.assign(new ClaimItem(), { ...common(line), itemId: line.catalogueId })),
    services: entered.services.map((line) => Object.assign(new ClaimService(), { ...common(line), serviceId: line.catalogueId })),
  };
}

/** New lines of a claim at a version (persisted with the next flush). */
export function addLines(em: EntityManager, claim: Claim, version: number, entered: { items: EnteredLine[]; services: EnteredLine[] }): ClaimLines {
  const lines = newLines(claim, version, entered);
  em.persist([...lines.items, ...lines.services]);
  return lines;
}

/** Marks the lines replaced by a claim version (they stay, for the claim’s history). */
export function replaceLines(lines: ClaimLines, version: number): void {
  for (const line of [...lines.items, ...lines.services]) line.replacedInVersion = version;
}
