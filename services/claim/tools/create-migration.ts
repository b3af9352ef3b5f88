/**
 * Writes the next migration of the claim service (then add it to src/migrations/claim.migrations.ts):
 *   node -r @swc-node/register services/claim/tools/create-migration.ts [name]
 * With --check it writes nothing and exits 1 when the entities and the migrations differ, or when a
 * library's migration fails on a database that already has its tables (CI: npm run migrations:check).
 */
import { join } from 'path';
import { runServiceMigrationTool } from '@imis/service-kit';
import { claimService } from '../src/service';

runServiceMigrationTool(claimService, join(__dirname, '../src/migrations'));
