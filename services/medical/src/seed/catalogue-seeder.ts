import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { CreateMedicalItem, CreateMedicalService, MedicalItem, MedicalService } from '../modules/catalogue';
import { CreatePriceList, PriceList } from '../modules/price-list';
import { seedItems, seedPackage, seedPriceListOverrides, seedPriceLists, seedServices } from './catalogue-seed.data';
import { seedCommand } from './seed-actor';

/** What a step did: codes (or names) it created, and those it found already there and left alone. */
export interface SeedTally {
  created: string[];
  existing: string[];
}

type Kind = 'ITEMS' | 'SERVICES';

/**
 * Items, services (the package last: its lines name them), then the two national price lists, each through
 * the service's use cases as the system, so that every change has its history and its event in the outbox.
 * What is already current under a code (or a national list of that kind under that name) is skipped.
 */
@Injectable()
export class CatalogueSeeder {
  constructor(
    private readonly em: EntityManager,
    private readonly createItem: CreateMedicalItem,
    private readonly createService: CreateMedicalService,
    private readonly createPriceList: CreatePriceList,
  ) {}

  async items(): Promise<SeedTally> {
    const existing = await this.currentIds(MedicalItem, seedItems.map((item) => item.code));
    const tally: SeedTally = { created: [], existing: [] };
    for (const item of seedItems) {
      if (existing.has(item.code)) tally.existing.push(item.code);
      else {
        await seedCommand(this.em.fork(), this.createItem, item, `item ${item.code}`);
        tally.created.push(item.code);
      }
    }
    return tally;
  }

  async services(): Promise<SeedTally> {
    const existing = await this.currentIds(MedicalService, [...seedServices, seedPackage].map((service) => service.code));
    const tally: SeedTally = { created: [], existing: [] };
    for (const service of seedServices) {
      if (existing.has(service.code)) tally.existing.push(service.code);
      else {
        await seedCommand(this.em.fork(), this.createService, service, `service ${service.code}`);
        tally.created.push(service.code);
      }
    }
    if (existing.has(seedPackage.code)) tally.existing.push(seedPackage.code);
    else {
      await seedCommand(this.em.fork(), this.createService, { ...seedPackage, packageLines: await this.packageLines() }, `package ${seedPackage.code}`);
      tally.created.push(seedPackage.code);
    }
    return tally;
  }

  /** One national list per kind holding every seeded entry (current under its code), with the data's overrides. */
  async priceLists(): Promise<SeedTally> {
    const tally: SeedTally = { created: [], existing: [] };
    const items = await this.currentIds(MedicalItem, seedItems.map((item) => item.code));
    const services = await this.currentIds(MedicalService, [...seedServices, seedPackage].map((service) => service.code));
    for (const [kind, name, entries] of [['ITEMS', seedPriceLists.items, items], ['SERVICES', seedPriceLists.services, services]] as const) {
      if (await this.nationalListExists(kind, name)) {
        tally.existing.push(name);
        continue;
      }
      const details = [...entries].map(([code, entryId]) => ({ entryId, price: seedPriceListOverrides[code] ?? null }));
      await seedCommand(this.em.fork(), this.createPriceList, { kind, name, locationId: null, date: seedPriceLists.date, details }, `price list "${name}"`);
      tally.created.push(name);
    }
    return tally;
  }

  private async packageLines() {
    const items = await this.currentIds(MedicalItem, seedPackage.lines.flatMap((line) => line.itemCode ?? []));
    const services = await this.currentIds(MedicalService, seedPackage.lines.flatMap((line) => line.serviceCode ?? []));
    return seedPackage.lines.map((line) =>
      line.itemCode ? { itemId: items.get(line.itemCode), quantity: line.quantity } : { serviceId: services.get(line.serviceCode!), quantity: line.quantity },
    );
  }

  /** The current entries under these codes: code → id. */
  private async currentIds(entity: typeof MedicalItem | typeof MedicalService, codes: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.em.fork().find(entity as typeof MedicalItem, { code: { $in: [...codes] }, deletedAt: null }, { fields: ['id', 'code'] });
    const ids = new Map(rows.map((row) => [row.code, row.id]));
    return new Map(codes.filter((code) => ids.has(code)).map((code) => [code, ids.get(code)!]));
  }

  private async nationalListExists(kind: Kind, name: string): Promise<boolean> {
    return (await this.em.fork().count(PriceList, { kind, name, locationId: null, deletedAt: null })) > 0;
  }
}
