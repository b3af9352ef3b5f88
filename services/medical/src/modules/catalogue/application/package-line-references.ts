import type { EntityManager } from '@mikro-orm/postgresql';
import { refuse } from '@imis/application';
import type { PackageLine } from '../domain/catalogue-codes';
import { catalogueErrors } from '../domain/catalogue.errors';
import { findPackageCycle } from '../domain/package-lines';
import { catalogueReferences } from '../infrastructure/catalogue-references';
import { lockPackageGraph, packageGraphFrom } from '../infrastructure/package-graph';

/**
 * Refuses package lines naming anything but current items and services, and (for an existing service)
 * lines through which the package would contain itself. Takes the package-graph lock first, so what it
 * read stays true until the transaction commits.
 */
export async function checkPackageLineReferences(tx: EntityManager, lines: readonly PackageLine[], existing?: { id: string; code: string }): Promise<void> {
  if (lines.length === 0) return;
  await lockPackageGraph(tx);
  const references = await catalogueReferences(tx, lines.map((line) => line.itemId ?? line.serviceId ?? ''));
  const unknown = lines.flatMap((line, index) => {
    const reference = references.get(line.itemId ?? line.serviceId ?? '');
    const current = reference && !reference.deleted && reference.kind === (line.itemId ? 'ITEMS' : 'SERVICES');
    return current ? [] : [catalogueErrors.packageLineUnknown(index)];
  });
  if (unknown.length > 0) refuse(...unknown);
  const serviceIds = lines.flatMap((line) => (line.serviceId ? [line.serviceId] : []));
  if (!existing || serviceIds.length === 0) return;

  const graph = await packageGraphFrom(tx, serviceIds);
  const subServices = new Map([...graph].map(([id, node]) => [id, node.subServiceIds]));
  const cycle = findPackageCycle(existing.id, lines, subServices);
  if (cycle) refuse(catalogueErrors.packageCycle(cycle.index, cycle.path.map((id) => (id === existing.id ? existing.code : (graph.get(id)?.code ?? id)))));
}
