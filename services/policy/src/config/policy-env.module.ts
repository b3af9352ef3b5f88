import { type DynamicModule, Global, Inject, Module } from '@nestjs/common';
import type { PolicyEnv } from './policy.config';

export const POLICY_ENV = Symbol('PolicyEnv');

/** Parameter decorator: the service's parsed environment (activation option, age of majority, value rule). */
export const InjectPolicyEnv = () => Inject(POLICY_ENV);

/** Makes the parsed environment injectable everywhere in the service. */
@Global()
@Module({})
export class PolicyEnvModule {
  static forRoot(env: PolicyEnv): DynamicModule {
    return { module: PolicyEnvModule, providers: [{ provide: POLICY_ENV, useValue: env }], exports: [POLICY_ENV] };
  }
}
