/**
 * Writes the next migration of the contribution service (then add it to src/migrations/contribution.migrations.ts):
 *   node -r @swc-node/register services/contribution/tools/create-migration.ts [name]
 * With --check it writes nothing and exits 1 when the entities and the migrations differ, or when a
 * library's migration fails on a database that already has its tables (CI: npm run migrations:check).
 */
import { join } from 'path';
import { runServiceMigrationTool } from '@imis/service-kit';
import { contributionService } from '../src/service';

runServiceMigrationTool(contributionService, join(__dirname, '../src/migrations'));
