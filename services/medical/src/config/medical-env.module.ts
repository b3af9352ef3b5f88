import { type DynamicModule, Global, Inject, Module } from '@nestjs/common';
import type { MedicalEnv } from './medical.config';

export const MEDICAL_ENV = Symbol('MedicalEnv');

/** Parameter decorator: the service's parsed environment (upload limits). */
export const InjectMedicalEnv = () => Inject(MEDICAL_ENV);

/** Makes the parsed environment injectable everywhere in the service (API and worker processes). */
@Global()
@Module({})
export class MedicalEnvModule {
  static forRoot(env: MedicalEnv): DynamicModule {
    return { module: MedicalEnvModule, providers: [{ provide: MEDICAL_ENV, useValue: env }], exports: [MEDICAL_ENV] };
  }
}
