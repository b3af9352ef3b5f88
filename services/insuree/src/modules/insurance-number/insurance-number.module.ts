import { type DynamicModule, Global, Module, type Type } from '@nestjs/common';
import { INSUREE_ENV } from '../../config/insuree-env.module';
import type { InsureeEnv } from '../../config/insuree.config';
import { InsuranceNumberValidityResolver } from './api/insurance-number-validity.resolver';
import { INSURANCE_NUMBER_VALIDATOR } from './application/insurance-number.validator.token';
import { InsuranceNumbers } from './application/insurance-numbers';
import type { InsuranceNumberValidator } from './domain/insurance-number-validator';
import { insuranceNumberValidatorFrom, parseInsuranceNumberRule } from './domain/insurance-number-rule';

/**
 * The scheme's insurance-number validator: by default the built-in rule INSURANCE_NUMBER_RULE names; a
 * country module passes its own class (`forRoot({ validator })`) without touching the registry.
 */
@Global()
@Module({})
export class InsuranceNumberModule {
  static forRoot(options: { validator?: Type<InsuranceNumberValidator> } = {}): DynamicModule {
    const validator = options.validator
      ? { provide: INSURANCE_NUMBER_VALIDATOR, useClass: options.validator }
      : {
          provide: INSURANCE_NUMBER_VALIDATOR,
          useFactory: (env: InsureeEnv): InsuranceNumberValidator =>
            insuranceNumberValidatorFrom(parseInsuranceNumberRule(env.INSURANCE_NUMBER_RULE)),
          inject: [INSUREE_ENV],
        };
    return {
      module: InsuranceNumberModule,
      providers: [validator, InsuranceNumbers, InsuranceNumberValidityResolver],
      exports: [InsuranceNumbers],
    };
  }
}
