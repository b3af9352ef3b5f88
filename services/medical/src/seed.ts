import { loadConfig } from '@imis/config';
import { serviceDatabaseName } from '@imis/persistence';
import { MEDICAL_SERVICE } from './config/medical-orm.config';
import { medicalEnvSchema } from './config/medical.config';
import { seedMedicalCatalogue } from './seed/seed-medical-catalogue';

/**
 * `npm run seed:medical`: the development catalogue into the database the service's environment names
 * (DATABASE_URL, DATABASE_NAME; default imis_medical), migrated beforehand by `npm start` or `npm run migrate`.
 */
const env = loadConfig(medicalEnvSchema);
const say = (line: string) => process.stdout.write(`seed:medical | ${line}\n`);
const database = env.DATABASE_NAME ?? serviceDatabaseName(MEDICAL_SERVICE);
say(`database ${database}`);
seedMedicalCatalogue(env, say).then(
  () => process.exit(0),
  (error: unknown) => {
    const undefinedTable = (error as { code?: string }).code === '42P01';
    console.error(undefinedTable ? `${database} is not migrated: run npm start (or npm run migrate) first.\n${String(error)}` : error);
    process.exit(1);
  },
);
