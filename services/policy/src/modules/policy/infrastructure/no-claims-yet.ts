import { Injectable } from '@nestjs/common';
import { PolicyClaimsUsage } from '../application/policy-claims-usage';

/**
 * PolicyClaimsUsage until the claim service publishes which policies its claims used: no claim used any.
 * Replace it (bound in policy.module.ts) with a query on the projection of those events.
 */
@Injectable()
export class NoClaimsYet extends PolicyClaimsUsage {
  usedByClaims(): Promise<boolean> {
    return Promise.resolve(false);
  }
}
