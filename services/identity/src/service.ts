import { defineService } from '@imis/service-kit';
import manifest from '../package.json';
import { IDENTITY_SERVICE, identityPersistence } from './config/identity-orm.config';
import { identityEnvSchema } from './config/identity.config';
import { IdentityApiModule } from './identity-api.module';
import { createIdentityApp } from './identity-app';

/** The identity service as its entry points, `npm start` and the root checks see it. */
export const identityService = defineService({
  name: IDENTITY_SERVICE,
  port: manifest.imis.port,
  envSchema: identityEnvSchema,
  persistence: identityPersistence,
  subgraph: (orm, env) => IdentityApiModule.forRoot(orm, env),
  app: createIdentityApp,
});
