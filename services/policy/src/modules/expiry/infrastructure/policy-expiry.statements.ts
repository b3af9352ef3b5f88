import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '@imis/persistence';
import { uuidArray } from '../../renewal';

export interface ExpiredPolicy {
  id: string;
  familyId: string;
  version: number;
}

// The previous version as the HistorySubscriber stores it (property names), so policy history reads both alike.
const PREVIOUS_STATE = `jsonb_build_object('id', p.id, 'familyId', p.family_id, 'productId', p.product_id, 'officerId', p.officer_id, 'stage', p.stage,
  'status', p.status, 'value', p.value::text, 'enrolDate', p.enrol_date, 'startDate', p.start_date, 'effectiveDate', p.effective_date,
  'expiryDate', p.expiry_date, 'previousPolicyId', p.previous_policy_id, 'paidTotal', p.paid_total::text, 'underpaid', p.underpaid,
  'version', p.version, 'validFrom', p.valid_from, 'changedBy', p.changed_by, 'createdAt', p.created_at, 'updatedAt', p.updated_at, 'deletedAt', p.deleted_at)`;

// One statement per batch (data-modifying CTEs reading the state before it): the previous versions into
// history, then the new status.
const EXPIRE_SQL = `with
  picked as (select * from unnest(?::uuid[], ?::uuid[]) as u(id, history_id)),
  previous as (insert into history (id, created_at, updated_at, entity_type, entity_id, version, data, valid_from, valid_to, changed_by, replaced_by)
    select picked.history_id, now(), now(), 'Policy', p.id, p.version, ${PREVIOUS_STATE}, p.valid_from, now(), p.changed_by, ?::text
    from policy p join picked on picked.id = p.id)
  update policy p set status = 'EXPIRED', version = p.version + 1, valid_from = now(), updated_at = now(), changed_by = ?::text
    from picked where p.id = picked.id
  returning p.id, p.family_id as "familyId", p.version`;

/** The nightly expiry's statements, in the transaction of one batch. */
export class PolicyExpiryStatements {
  constructor(private readonly tx: EntityManager) {}

  /**
   * Locks and returns at most `limit` current policies whose expiry date is before `runDate` and which are
   * not Expired yet (whatever their status). A policy changed meanwhile is re-checked once its lock is ours.
   */
  async pick(runDate: string, limit: number): Promise<string[]> {
    const rows = await this.tx.execute<{ id: string }[]>(
      `select id from policy where deleted_at is null and status <> 'EXPIRED' and expiry_date < ?::date order by expiry_date, id limit ? for update`,
      [runDate, limit],
    );
    return rows.map((row) => row.id);
  }

  /** Expires the picked policies, their previous versions kept in history; returns their new versions. */
  async expire(ids: readonly string[], actor: string): Promise<ExpiredPolicy[]> {
    const rows = await this.tx.execute<ExpiredPolicy[]>(EXPIRE_SQL, [uuidArray(ids), uuidArray(ids.map(() => uuidv7())), actor, actor]);
    return rows.map((row) => ({ id: row.id, familyId: row.familyId, version: Number(row.version) }));
  }
}
