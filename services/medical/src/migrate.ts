import { runServiceMigrations } from '@imis/service-kit';
import { medicalService } from './service';

/** Creates the service's database when missing (imis_medical, or DATABASE_NAME) and applies its migrations. */
runServiceMigrations(medicalService);
