import { OUTBOX_CLAIM_UP_SQL } from './outbox-claim.migration';
import { OUTBOX_NOTIFY_UP_SQL } from './outbox-notify.migration';

/** What the outbox's migrations add to its table (NOTIFY trigger, claim function), for a schema created from the entities (tests, benches). */
export const OUTBOX_ROUTINES_SQL: readonly string[] = [...OUTBOX_NOTIFY_UP_SQL, OUTBOX_CLAIM_UP_SQL];
