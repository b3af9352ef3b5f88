import type { CommandMeta } from '@imis/application';
import type { ClaimScope } from './claim-scope';

/**
 * Who sends a claim command: its actor and idempotency key and what it may touch (`scope`). A claim,
 * facility or claim administrator outside it answers as an unknown one.
 */
export interface ClaimCommandMeta extends CommandMeta {
  readonly scope: ClaimScope;
}
