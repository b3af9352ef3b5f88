import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import { readRows, uuidArrayLiteral } from '@imis/persistence';

/**
 * A payment is in a caller's scope when one of its details names an insuree whose family lives in it. A
 * payment naming no known insuree is seen only with an unrestricted scope.
 */
export function scopeCondition(paymentColumn: string, scope: ScopeFilter): { sql: string; params: unknown[] } {
  if (scope.everywhere) return { sql: 'true', params: [] };
  return {
    sql: `exists (select 1 from payment_detail sd join projected_insuree si on si.insurance_number = sd.insurance_number and not si.deleted
      where sd.payment_id = ${paymentColumn} and si.family_village_id = any(?::uuid[]))`,
    params: [uuidArrayLiteral([...scope.locationIds])],
  };
}

@Injectable()
export class PaymentAccessCheck {
  async sees(em: EntityManager, paymentId: string, scope: ScopeFilter): Promise<boolean> {
    if (scope.everywhere) return true;
    const condition = scopeCondition('p.id', scope);
    const rows = await readRows(em, `select 1 from payment p where p.id = ? and ${condition.sql}`, [paymentId, ...condition.params]);
    return rows.length > 0;
  }
}
