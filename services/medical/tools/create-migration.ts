/**
 * Writes the next migration of the medical service (then add it to src/migrations/medical.migrations.ts):
 *   node -r @swc-node/register services/medical/tools/create-migration.ts [name]
 * With --check it writes nothing and exits 1 when the entities and the migrations differ, or when a
 * library's migration fails on a database that already has its tables (CI: npm run migrations:check).
 */
import { join } from 'path';
import { runServiceMigrationTool } from '@imis/service-kit';
import { medicalService } from '../src/service';

runServiceMigrationTool(medicalService, join(__dirname, '../src/migrations'));
