import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Page } from '@imis/graphql';
import { type CreationKey, findHistory, isUuid, listedAs } from '@imis/persistence';
import { type CatalogueFilter, findCurrent, searchCurrent } from '../infrastructure/catalogue-search';
import { MedicalItem } from '../infrastructure/medical-item.entity';
import { MedicalService } from '../infrastructure/medical-service.entity';
import { medicalItemVersionView, type MedicalItemVersionView, medicalItemView, type MedicalItemView } from './medical-item.view';
import { medicalServiceVersionView, type MedicalServiceVersionView, medicalServiceView, type MedicalServiceView } from './medical-service.view';

/** Read side of the register: current items and services, their history, and batches by id (for package lines). */
@Injectable()
export class CatalogueQueries {
  constructor(private readonly em: EntityManager) {}

  async item(id: string): Promise<MedicalItemView | null> {
    const item = await findCurrent(this.em, MedicalItem, id);
    return item && medicalItemView(item);
  }

  async service(id: string): Promise<MedicalServiceView | null> {
    const service = await findCurrent(this.em, MedicalService, id);
    return service && medicalServiceView(service);
  }

  async items(filter: CatalogueFilter, page: Page): Promise<{ rows: (MedicalItemView & CreationKey)[]; totalCount: number }> {
    const { rows, totalCount } = await searchCurrent(this.em, MedicalItem, filter, page);
    return { rows: rows.map(listedAs(medicalItemView)), totalCount };
  }

  async services(filter: CatalogueFilter, page: Page): Promise<{ rows: (MedicalServiceView & CreationKey)[]; totalCount: number }> {
    const { rows, totalCount } = await searchCurrent(this.em, MedicalService, filter, page);
    return { rows: rows.map(listedAs(medicalServiceView)), totalCount };
  }

  /** Items by id, deleted ones too: a past version of a package may name them. */
  async itemsByIds(ids: readonly string[]): Promise<Map<string, MedicalItemView>> {
    const found = await this.em.find(MedicalItem, { id: { $in: ids.filter(isUuid) } });
    return new Map(found.map((item) => [item.id, medicalItemView(item)]));
  }

  async servicesByIds(ids: readonly string[]): Promise<Map<string, MedicalServiceView>> {
    const found = await this.em.find(MedicalService, { id: { $in: ids.filter(isUuid) } });
    return new Map(found.map((service) => [service.id, medicalServiceView(service)]));
  }

  /** Past versions, oldest first (the current version is the row itself); a deleted one's last version included. */
  async itemHistory(id: string): Promise<MedicalItemVersionView[]> {
    return isUuid(id) ? (await findHistory(this.em, MedicalItem.name, id)).map(medicalItemVersionView) : [];
  }

  async serviceHistory(id: string): Promise<MedicalServiceVersionView[]> {
    return isUuid(id) ? (await findHistory(this.em, MedicalService.name, id)).map(medicalServiceVersionView) : [];
  }
}
