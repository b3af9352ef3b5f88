import { loadConfig } from '@imis/config';
import type { ServiceTestApp } from '@imis/testing';
import { medicalEnvSchema } from '../src/config/medical.config';
import { seedDiagnoses, seedItems, seedPriceListOverrides, seedServices } from '../src/seed/catalogue-seed.data';
import { seedMedicalCatalogue } from '../src/seed/seed-medical-catalogue';
import { startMedical } from './support/medical-service';

const TABLES = ['medical_item', 'medical_service', 'diagnosis', 'diagnosis_upload', 'price_list', 'price_list_detail', 'history', 'outbox'];
const SEEDED_SERVICES = seedServices.length + 1; // and the package

describe('medical service: the development seed (npm run seed:medical)', () => {
  let service: ServiceTestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    ({ service } = await startMedical());
  });
  afterAll(() => service?.close());

  const seed = () => seedMedicalCatalogue(loadConfig(medicalEnvSchema, service.env), (line) => lines.push(line));
  const outboxBySubject = async () =>
    Object.fromEntries((await service.query<{ subject: string; count: string }>('select subject, count(*) from outbox group by subject')).map((row) => [row.subject, Number(row.count)]));

  it('loads the catalogue through the use cases, events in the outbox and on JetStream, and a second run adds nothing', async () => {
    const first = await seed();
    expect(first.items).toEqual({ created: seedItems.map((item) => item.code), existing: [] });
    expect(first.services.created).toHaveLength(SEEDED_SERVICES);
    expect(first.services.created.at(-1)).toBe('PKD01');
    expect(first.diagnoses).toMatchObject({ created: seedDiagnoses.length, existing: 0 });
    expect(first.priceLists).toEqual({ created: ['National items price list', 'National services price list'], existing: [] });

    const counts = await service.counts(TABLES);
    expect(counts).toMatchObject({
      medical_item: seedItems.length,
      medical_service: SEEDED_SERVICES,
      diagnosis: seedDiagnoses.length,
      diagnosis_upload: 1,
      price_list: 2,
      price_list_detail: seedItems.length + SEEDED_SERVICES,
    });
    expect(await outboxBySubject()).toEqual({
      'imis.medical.item.created.v1': seedItems.length,
      'imis.medical.service.created.v1': SEEDED_SERVICES,
      'imis.medical.diagnosis.batch-uploaded.v1': 1,
      'imis.medical.price-list.created.v1': 2,
    });
    const [{ actors }] = await service.query<{ actors: string[] }>(
      'select array(select distinct changed_by from medical_item union select changed_by from medical_service union select changed_by from price_list) as actors',
    );
    expect(actors).toEqual(['system']);

    // Every national list row, at the data's override or at the register price.
    const overrides = await service.query<{ code: string; price: string | null }>(
      `select coalesce(i.code, s.code) as code, d.price from price_list_detail d
         left join medical_item i on i.id = d.entry_id left join medical_service s on s.id = d.entry_id
        where d.price is not null order by 1`,
    );
    expect(Object.fromEntries(overrides.map((row) => [row.code, row.price]))).toEqual(
      Object.fromEntries(Object.entries(seedPriceListOverrides).sort(([a], [b]) => a.localeCompare(b))),
    );
    const [pkg] = await service.query<{ package_type: string; lines: number }>(`select package_type, jsonb_array_length(package_lines) as lines from medical_service where code = 'PKD01'`);
    expect(pkg).toEqual({ package_type: 'P', lines: 5 });

    const published = await service.publishedEvents(counts.outbox);
    expect(published).toHaveLength(counts.outbox);

    const second = await seed();
    expect(second).toEqual({
      items: { created: [], existing: seedItems.map((item) => item.code) },
      services: { created: [], existing: expect.arrayContaining(['PKD01']) },
      diagnoses: { created: 0, existing: seedDiagnoses.length, uploadId: null },
      priceLists: { created: [], existing: ['National items price list', 'National services price list'] },
    });
    expect(second.services.existing).toHaveLength(SEEDED_SERVICES);
    expect(await service.counts(TABLES)).toEqual(counts);
    expect(lines.slice(-4)).toEqual([
      `items: 0 created, ${seedItems.length} already there`,
      `services (the package included): 0 created, ${SEEDED_SERVICES} already there`,
      `diagnoses: 0 created, ${seedDiagnoses.length} already there`,
      'national price lists: 0 created, 2 already there',
    ]);
  });
});
