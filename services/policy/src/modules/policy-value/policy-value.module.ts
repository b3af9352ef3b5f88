import { type DynamicModule, Global, Module } from '@nestjs/common';
import { PolicyPricing, type PolicyPricingOptions } from './application/policy-pricing';

/** Makes PolicyPricing (the scheme's policy value rule and age of majority) injectable in the service. */
@Global()
@Module({})
export class PolicyValueModule {
  static forRoot(options: PolicyPricingOptions): DynamicModule {
    return { module: PolicyValueModule, providers: [{ provide: PolicyPricing, useValue: new PolicyPricing(options) }], exports: [PolicyPricing] };
  }
}
