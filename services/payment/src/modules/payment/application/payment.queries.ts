import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { createdAfterSql, creationOrderSql, isUuid, readRows } from '@imis/persistence';
import type { PaymentStatus } from '../domain/payment-status';
import { PaymentDetail } from '../infrastructure/payment-detail.entity';
import { PaymentNotification } from '../infrastructure/payment-notification.entity';
import { Payment } from '../infrastructure/payment.entity';
import { scopeCondition } from './payment-access.check';
import { paymentNotificationView, type PaymentNotificationView, paymentView, type PaymentView } from './payment.view';

export interface PaymentFilter {
  status?: PaymentStatus | null;
  controlNumber?: string | null;
  insuranceNumber?: string | null;
}

/** Read side of payments: keyset pages in creation (id) order and lookups, scoped in SQL by the details' families. */
@Injectable()
export class PaymentQueries {
  constructor(private readonly em: EntityManager) {}

  async page(filter: PaymentFilter, page: Page, scope: ScopeFilter): Promise<{ rows: PaymentView[]; totalCount: number }> {
    const scoped = scopeCondition('p.id', scope);
    const filters: [string, unknown][] = [
      ...(filter.status ? [['p.status = ?', filter.status] as [string, unknown]] : []),
      ...(filter.controlNumber ? [['p.control_number = ?', filter.controlNumber] as [string, unknown]] : []),
      ...(filter.insuranceNumber
        ? [['exists (select 1 from payment_detail fd where fd.payment_id = p.id and fd.insurance_number = ?)', filter.insuranceNumber] as [string, unknown]]
        : []),
    ];
    const conditions = [...filters.map(([sql]) => sql), scoped.sql];
    const params = [...filters.map(([, value]) => value), ...scoped.params];
    const where = conditions.join(' and ');
    const after = createdAfterSql('p', page.after);
    const [keys, count] = await Promise.all([
      page.size === 0
        ? []
        : readRows<{ id: string }>(
            this.em,
            `select p.id from payment p where ${where} and ${after.sql} order by ${creationOrderSql('p')} limit ?`,
            [...params, ...after.params, page.size + 1],
          ),
      readRows<{ count: string }>(this.em, `select count(*) from payment p where ${where}`, params),
    ]);
    const views = await this.byIds(keys.map((row) => row.id), { everywhere: true });
    return { rows: keys.flatMap((key) => views.get(key.id) ?? []), totalCount: Number(count[0]?.count ?? 0) };
  }

  /** The payments with these ids that the scope reaches (others are absent, as unknown ids are). */
  async byIds(ids: readonly string[], scope: ScopeFilter): Promise<Map<string, PaymentView>> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return new Map();
    let visible = valid;
    if (!scope.everywhere) {
      const scoped = scopeCondition('p.id', scope);
      visible = (await readRows<{ id: string }>(this.em, `select p.id from payment p where p.id = any(?::uuid[]) and ${scoped.sql}`, [`{${valid.join(',')}}`, ...scoped.params])).map((row) => row.id);
    }
    if (visible.length === 0) return new Map();
    const [payments, details] = await Promise.all([
      this.em.fork().find(Payment, { id: { $in: visible } }),
      this.em.fork().find(PaymentDetail, { paymentId: { $in: visible } }, { orderBy: { position: 'asc' } }),
    ]);
    return new Map(payments.map((payment) => [payment.id, paymentView(payment, details.filter((detail) => detail.paymentId === payment.id))]));
  }

  /** The feedback notices of these payments (already in the caller's scope), oldest first: one query. */
  async notificationsOf(paymentIds: readonly string[]): Promise<Map<string, PaymentNotificationView[]>> {
    const valid = [...new Set(paymentIds.filter(isUuid))];
    const byPayment = new Map<string, PaymentNotificationView[]>(valid.map((id) => [id, []]));
    if (valid.length === 0) return byPayment;
    const rows = await this.em.fork().find(PaymentNotification, { paymentId: { $in: valid } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    for (const row of rows) byPayment.get(row.paymentId)!.push(paymentNotificationView(row));
    return byPayment;
  }
}
