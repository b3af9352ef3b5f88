import { runServiceMigrations } from '@imis/service-kit';
import { policyService } from './service';

/** Creates the service's database when missing (imis_policy, or DATABASE_NAME) and applies its migrations. */
runServiceMigrations(policyService);
