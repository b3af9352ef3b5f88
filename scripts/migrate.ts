/** Applies the migrations of every deployed service (IMIS_SERVICES, default all), each in its own process. */
import { deployedSubgraphs, migrateServices } from '@imis/deployment';

migrateServices(deployedSubgraphs()).then(
  () => process.stdout.write('Migrations applied.\n'),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
