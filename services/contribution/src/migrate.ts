import { runServiceMigrations } from '@imis/service-kit';
import { contributionService } from './service';

/** Creates the service's database when missing (imis_contribution, or DATABASE_NAME) and applies its migrations. */
runServiceMigrations(contributionService);
