import { Injectable } from '@nestjs/common';
import { ProductUsage } from '../application/product-usage';

/**
 * ProductUsage until the service has policies: no product is used by one. The policies module replaces
 * this adapter with a query on its `policy` table (current policies of the product).
 */
@Injectable()
export class NoPoliciesYet extends ProductUsage {
  hasCurrentPolicies(): Promise<boolean> {
    return Promise.resolve(false);
  }
}
