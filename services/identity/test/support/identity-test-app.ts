import { loadConfig } from '@imis/config';
import { ServiceTestApp, type TestEnv } from '@imis/testing';
import { identityEnvSchema } from '../../src/config/identity.config';
import { createIdentityApp } from '../../src/identity-app';

/** The identity service in-process with its own database, event prefix and Redis keys. */
export function startIdentity(overrides: TestEnv = {}): Promise<ServiceTestApp> {
  return ServiceTestApp.start('identity', (env) => createIdentityApp(loadConfig(identityEnvSchema, env)), overrides);
}
