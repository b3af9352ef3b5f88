import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { readRows } from '@imis/persistence';
import { ProductUsage } from '../application/product-usage';

/**
 * ProductUsage: whether a current (not deleted) policy, whatever its status, is of the product. Reads the
 * policy module's `policy` table by its product index in SQL rather than through its entity, so that the
 * product module does not import the policy module (which imports it).
 */
@Injectable()
export class CurrentPoliciesOfProduct extends ProductUsage {
  async hasCurrentPolicies(tx: EntityManager, productId: string): Promise<boolean> {
    const rows = await readRows<{ used: boolean }>(tx, 'select exists(select 1 from policy where product_id = ? and deleted_at is null) as used', [productId]);
    return rows[0]?.used === true;
  }
}
