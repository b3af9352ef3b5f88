import { type DynamicModule, Global, Inject, Module } from '@nestjs/common';
import type { InsureeEnv } from './insuree.config';

export const INSUREE_ENV = Symbol('InsureeEnv');

/** Parameter decorator: the service's parsed environment (number rule, photo storage, card, import limits). */
export const InjectInsureeEnv = () => Inject(INSUREE_ENV);

/** Makes the parsed environment injectable everywhere in the service. */
@Global()
@Module({})
export class InsureeEnvModule {
  static forRoot(env: InsureeEnv): DynamicModule {
    return { module: InsureeEnvModule, providers: [{ provide: INSUREE_ENV, useValue: env }], exports: [INSUREE_ENV] };
  }
}
