import { runServiceMigrations } from '@imis/service-kit';
import { claimService } from './service';

/** Creates the service's database when missing (imis_claim, or DATABASE_NAME) and applies its migrations. */
runServiceMigrations(claimService);
