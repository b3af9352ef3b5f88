import { type DynamicModule, Global, Inject, Module } from '@nestjs/common';
import type { IdentityEnv } from './identity.config';

const IDENTITY_ENV = Symbol('IdentityEnv');

/** Parameter decorator: the service's parsed environment (password policy, argon2 and login limits, admin bootstrap). */
export const InjectIdentityEnv = () => Inject(IDENTITY_ENV);

/** Makes the parsed environment injectable everywhere in the service. */
@Global()
@Module({})
export class IdentityEnvModule {
  static forRoot(env: IdentityEnv): DynamicModule {
    return { module: IdentityEnvModule, providers: [{ provide: IDENTITY_ENV, useValue: env }], exports: [IDENTITY_ENV] };
  }
}
