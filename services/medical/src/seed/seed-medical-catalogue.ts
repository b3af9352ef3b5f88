import { NestFactory } from '@nestjs/core';
import type { MedicalEnv } from '../config/medical.config';
import { CatalogueSeeder, type SeedTally } from './catalogue-seeder';
import { DiagnosisSeeder, type DiagnosisSeedTally } from './diagnosis-seeder';
import { MedicalSeedModule } from './medical-seed.module';

export interface MedicalSeedReport {
  items: SeedTally;
  services: SeedTally;
  diagnoses: DiagnosisSeedTally;
  priceLists: SeedTally;
}

/**
 * Loads the development catalogue (catalogue-seed.data.ts) into the service's database through its use
 * cases, skipping what is already there, and says what it did line by line. Safe to run again, and
 * while the service runs.
 */
export async function seedMedicalCatalogue(env: MedicalEnv, say: (line: string) => void): Promise<MedicalSeedReport> {
  const app = await NestFactory.createApplicationContext(MedicalSeedModule.forRoot(env), { logger: ['error', 'warn'] });
  try {
    const catalogue = app.get(CatalogueSeeder);
    const items = await catalogue.items();
    say(`items: ${tally(items)}`);
    const services = await catalogue.services();
    say(`services (the package included): ${tally(services)}`);
    const diagnoses = await app.get(DiagnosisSeeder).diagnoses();
    say(`diagnoses: ${diagnoses.created} created${diagnoses.uploadId ? ` (upload ${diagnoses.uploadId})` : ''}, ${diagnoses.existing} already there`);
    const priceLists = await catalogue.priceLists();
    say(`national price lists: ${tally(priceLists)}`);
    return { items, services, diagnoses, priceLists };
  } finally {
    await app.close();
  }
}

function tally({ created, existing }: SeedTally): string {
  const list = (names: string[]) => (names.length > 0 ? ` (${names.join(', ')})` : '');
  return `${created.length} created${list(created)}, ${existing.length} already there`;
}
