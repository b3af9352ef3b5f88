import type { EntityManager } from '@mikro-orm/postgresql';
import { expectVersion, flushOrRefuse, refuse } from '@imis/application';
import { catalogueErrors, type CatalogueKind } from '../domain/catalogue.errors';
import { findCurrent, isCodeTaken } from '../infrastructure/catalogue-search';
import { MEDICAL_ITEM_CODE_UNIQUE_INDEX, MedicalItem } from '../infrastructure/medical-item.entity';
import { MEDICAL_SERVICE_CODE_UNIQUE_INDEX, MedicalService } from '../infrastructure/medical-service.entity';
import { lockPackageGraph, packagesContaining } from '../infrastructure/package-graph';

/** The steps the item and service commands share, each the same rule for both kinds. */
interface Entries {
  item: MedicalItem;
  service: MedicalService;
}

const KINDS = {
  item: { entity: MedicalItem, codeIndex: MEDICAL_ITEM_CODE_UNIQUE_INDEX },
  service: { entity: MedicalService, codeIndex: MEDICAL_SERVICE_CODE_UNIQUE_INDEX },
} as const;

/** The current item (service) a command names, at the version the client read (when it sent one). */
export async function entryToChange<K extends CatalogueKind>(tx: EntityManager, kind: K, id: string, version?: number | null): Promise<Entries[K]> {
  const entry = ((await findCurrent(tx, KINDS[kind].entity, id)) as Entries[K] | null) ?? refuse(catalogueErrors.notFound(kind));
  expectVersion(entry, version);
  return entry;
}

/** Refuses a code another current item (service) has; `exceptId`: the one being changed. */
export async function refuseTakenCode(tx: EntityManager, kind: CatalogueKind, code: string, exceptId?: string): Promise<void> {
  if (await isCodeTaken(tx, KINDS[kind].entity, code, exceptId)) refuse(catalogueErrors.codeTaken(kind, code));
}

/** Flushes a created or changed item (service): a concurrent change that took the code first is refused by the unique index. */
export async function flushEntry(tx: EntityManager, kind: CatalogueKind, code: string): Promise<void> {
  await flushOrRefuse(tx, { [KINDS[kind].codeIndex]: () => catalogueErrors.codeTaken(kind, code) });
}

/** Soft-deletes an item (service) unless a current package holds it, under the package-graph lock. */
export async function deleteEntry(tx: EntityManager, kind: CatalogueKind, entry: Entries[CatalogueKind], actor: string): Promise<void> {
  await lockPackageGraph(tx);
  const packages = await packagesContaining(tx, kind, entry.id);
  if (packages.length > 0) refuse(catalogueErrors.inPackage(kind, packages));
  entry.markDeleted(actor);
  await tx.flush();
}
