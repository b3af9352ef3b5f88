import { defineService } from '@imis/service-kit';
import manifest from '../package.json';
import { LOCATION_SERVICE, locationPersistence } from './config/location-orm.config';
import { locationEnvSchema } from './config/location.config';
import { LocationApiModule } from './location-api.module';
import { createLocationApp } from './location-app';

/** The location service as its entry points, `npm start` and the root checks see it. */
export const locationService = defineService({
  name: LOCATION_SERVICE,
  port: manifest.imis.port,
  envSchema: locationEnvSchema,
  persistence: locationPersistence,
  subgraph: (orm) => LocationApiModule.forRoot(orm),
  app: createLocationApp,
});
