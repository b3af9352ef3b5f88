import { runServiceMigrations } from '@imis/service-kit';
import { identityService } from './service';

/** Creates the service's database when missing (imis_identity, or DATABASE_NAME) and applies its migrations. */
runServiceMigrations(identityService);
