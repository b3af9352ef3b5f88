import { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import {
  createEvent,
  facilityPriceListsAssignedEvent,
  medicalItemCreatedEvent,
  medicalServiceCreatedEvent,
  priceListCreatedEvent,
  type CloudEvent,
} from '@imis/contracts';
import type { HandlerContext } from '@imis/messaging';
import { effectivePrices, MedicalProjectionHandlers, medicalProjectionEntities, medicalProjectionMigrations, type EffectivePriceTuple } from '@imis/medical-projection';
import { dropDatabase, ensureDatabase, serviceOrmConfig } from '@imis/persistence';
import { distribution } from '../auth/percentiles';
import { benchCatalogue, seededRandom, type BenchCatalogue, type CatalogueShape } from './catalogue-fixture';

export interface ProjectionLookupOptions extends CatalogueShape {
  serverUrl: string;
  tuples: number;
  chunk: number;
}

const ms = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;

/** Applies the events through the projection's own handlers, 500 per transaction, as its consumer would. */
async function feed(em: EntityManager, events: CloudEvent<unknown>[]): Promise<void> {
  const handlers = new MedicalProjectionHandlers();
  for (let start = 0; start < events.length; start += 500) {
    await em.fork().transactional(async (tx) => {
      const context = { em: tx } as HandlerContext;
      for (const event of events.slice(start, start + 500)) {
        switch (event.type) {
          case medicalItemCreatedEvent.type: await handlers.applyItem(event as never, context); break;
          case medicalServiceCreatedEvent.type: await handlers.applyService(event as never, context); break;
          case priceListCreatedEvent.type: await handlers.applyPriceList(event as never, context); break;
          default: await handlers.applyAssignment(event as never, context);
        }
      }
    });
  }
}

function catalogueEvents(catalogue: BenchCatalogue): { register: CloudEvent<unknown>[]; lists: CloudEvent<unknown>[] } {
  const register = [
    ...catalogue.items.map((data) => createEvent(medicalItemCreatedEvent, { subject: data.id, data })),
    ...catalogue.services.map((data) => createEvent(medicalServiceCreatedEvent, { subject: data.id, data })),
  ];
  const lists = catalogue.facilities.flatMap(({ id, itemsList, servicesList }) => [
    createEvent(priceListCreatedEvent, { subject: itemsList.id, data: itemsList }),
    createEvent(priceListCreatedEvent, { subject: servicesList.id, data: servicesList }),
    createEvent(facilityPriceListsAssignedEvent, { subject: id, data: { healthFacilityId: id, itemsPriceListId: itemsList.id, servicesPriceListId: servicesList.id, version: 1 } }),
  ]);
  return { register, lists };
}

/**
 * Claim lines to price, like a claim's: any facility, three item lines for one service line, nine in ten
 * lines from the facility's own list (the others anywhere in the register), nine in ten days in 2026 (the
 * others in late 2025, before the lists apply).
 */
function lookupTuples(catalogue: BenchCatalogue, count: number, random: () => number): EffectivePriceTuple[] {
  const codes = new Map([...catalogue.items, ...catalogue.services].map((line) => [line.id, line.code]));
  const day = (from: number, days: number) => new Date(from + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: count }, () => {
    const facility = catalogue.facilities[Math.floor(random() * catalogue.facilities.length)];
    const isItem = random() < 0.75;
    const details = (isItem ? facility.itemsList : facility.servicesList).details;
    const register = isItem ? catalogue.items : catalogue.services;
    const detail = details[Math.floor(random() * details.length)];
    const code = random() < 0.9 ? codes.get((detail.itemId ?? detail.serviceId)!)! : register[Math.floor(random() * register.length)].code;
    const date = random() < 0.9 ? day(Date.UTC(2026, 0, 1), 365) : day(Date.UTC(2025, 6, 1), 184);
    return { healthFacilityId: facility.id, kind: isItem ? 'ITEM' : 'SERVICE', code, date };
  });
}

/**
 * Part A: a projection database seeded through the handlers (items, services, one items and one services
 * list per facility, assignments), then `effectivePrices` for `tuples` tuples in calls of `chunk`.
 */
export async function benchProjectionLookups(options: ProjectionLookupOptions): Promise<void> {
  const database = `imis_medical_bench_projection_${process.pid}`;
  await ensureDatabase(options.serverUrl, database);
  const config = serviceOrmConfig({ service: 'claim', serverUrl: options.serverUrl, database, entities: medicalProjectionEntities, migrations: medicalProjectionMigrations });
  const orm = await MikroORM.init<PostgreSqlDriver>({ ...config, migrations: { ...config.migrations, silent: true }, debug: false });
  try {
    await orm.getMigrator().up();
    const random = seededRandom(12);
    const catalogue = benchCatalogue(options, random);
    const { register, lists } = catalogueEvents(catalogue);
    const details = catalogue.facilities.reduce((sum, facility) => sum + facility.itemsList.details.length + facility.servicesList.details.length, 0);

    let started = process.hrtime.bigint();
    await feed(orm.em as EntityManager, register);
    const registerMs = ms(started);
    started = process.hrtime.bigint();
    await feed(orm.em as EntityManager, lists);
    const listsMs = ms(started);
    await orm.em.getConnection().execute('analyze');
    console.log(
      `projection fed through its handlers: ${options.items.toLocaleString('en')} items + ${options.services.toLocaleString('en')} services in ${(registerMs / 1000).toFixed(2)} s` +
        ` (${Math.round(register.length / (registerMs / 1000)).toLocaleString('en')} events/s); ${(catalogue.facilities.length * 2).toLocaleString('en')} price lists` +
        ` (${details.toLocaleString('en')} detail rows) and ${catalogue.facilities.length} assignments in ${(listsMs / 1000).toFixed(2)} s` +
        ` (${Math.round(details / (listsMs / 1000)).toLocaleString('en')} detail rows/s)`,
    );

    const tuples = lookupTuples(catalogue, options.tuples, random);
    const em = orm.em.fork() as EntityManager;
    await effectivePrices(em, tuples.slice(0, options.chunk)); // warm-up: plan cache, buffers, JIT
    const samples: number[] = [];
    const outcomes = new Map<string, number>();
    const total = process.hrtime.bigint();
    for (let start = 0; start < tuples.length; start += options.chunk) {
      const call = process.hrtime.bigint();
      const results = await effectivePrices(em, tuples.slice(start, start + options.chunk));
      samples.push(ms(call));
      for (const result of results) outcomes.set(result.status, (outcomes.get(result.status) ?? 0) + 1);
    }
    const totalMs = ms(total);
    const d = distribution(samples);
    console.log(`outcomes: ${[...outcomes].map(([status, count]) => `${status} ${count.toLocaleString('en')}`).join(', ')}`);
    console.log(
      `effective prices: ${tuples.length.toLocaleString('en')} tuples in ${samples.length} calls of ${options.chunk.toLocaleString('en')} (one statement each) in ${(totalMs / 1000).toFixed(2)} s:` +
        ` ${Math.round(tuples.length / (totalMs / 1000)).toLocaleString('en')} lookups/s; per call p50 ${d.p50.toFixed(1)} ms, p95 ${d.p95.toFixed(1)} ms, p99 ${d.p99.toFixed(1)} ms`,
    );
  } finally {
    await orm.close(true);
    await dropDatabase(options.serverUrl, database);
  }
}
