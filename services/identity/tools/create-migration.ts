/**
 * Writes the next migration of the identity service (then add it to src/migrations/identity.migrations.ts):
 *   node -r @swc-node/register services/identity/tools/create-migration.ts [name]
 * With --check it writes nothing and exits 1 when the entities and the migrations differ, or when a
 * library's migration fails on a database that already has its tables (CI: npm run migrations:check).
 */
import { join } from 'path';
import { runServiceMigrationTool } from '@imis/service-kit';
import { identityService } from '../src/service';

runServiceMigrationTool(identityService, join(__dirname, '../src/migrations'));
