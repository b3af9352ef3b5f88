/**
 * Writes the next migration of the insuree service (then add it to src/migrations/insuree.migrations.ts):
 *   node -r @swc-node/register services/insuree/tools/create-migration.ts [name]
 * With --check it writes nothing and exits 1 when the entities and the migrations differ, or when a
 * library's migration fails on a database that already has its tables (CI: npm run migrations:check).
 */
import { join } from 'path';
import { runServiceMigrationTool } from '@imis/service-kit';
import { insureeService } from '../src/service';

runServiceMigrationTool(insureeService, join(__dirname, '../src/migrations'));
