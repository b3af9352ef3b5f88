import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@imis/persistence';
import { MedicalItem } from './medical-item.entity';
import { MedicalService } from './medical-service.entity';

export interface CurrentCatalogueEntries {
  items: Map<string, MedicalItem>;
  services: Map<string, MedicalService>;
}

/**
 * The current (not deleted) items and services among the given ids, by id: one query per kind, however many
 * ids. An id that is not a UUID, unknown or deleted is simply absent (callers refuse it with their own code).
 */
export async function currentCatalogueEntries(em: EntityManager, ids: { itemIds?: readonly string[]; serviceIds?: readonly string[] }): Promise<CurrentCatalogueEntries> {
  const itemIds = [...new Set(ids.itemIds ?? [])].filter(isUuid);
  const serviceIds = [...new Set(ids.serviceIds ?? [])].filter(isUuid);
  const items = itemIds.length === 0 ? [] : await em.find(MedicalItem, { id: { $in: itemIds }, deletedAt: null });
  const services = serviceIds.length === 0 ? [] : await em.find(MedicalService, { id: { $in: serviceIds }, deletedAt: null });
  return { items: new Map(items.map((item) => [item.id, item])), services: new Map(services.map((service) => [service.id, service])) };
}
