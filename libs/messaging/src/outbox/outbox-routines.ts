import { OUTBOX_CLAIM_UP_SQL } from './outbox-claim.migration';
import { OUTBOX_LZ4_UP_SQL } from './outbox-lz4.migration';
import { OUTBOX_NOTIFY_UP_SQL } from './outbox-notify.migration';

/** What the outbox's migrations add to its table (NOTIFY trigger, claim function, lz4), for a schema created from the entities (tests, benches). */
export const OUTBOX_ROUTINES_SQL: readonly string[] = [...OUTBOX_NOTIFY_UP_SQL, OUTBOX_CLAIM_UP_SQL, OUTBOX_LZ4_UP_SQL];
