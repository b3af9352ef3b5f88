import type { EntityManager } from '@mikro-orm/postgresql';
import type { CommandMeta } from './command-meta';

/**
 * One thing the service does, whatever asked for it (a GraphQL resolver, an event handler, a job): it
 * reads and writes through `tx` only (the transaction `runCommand` gives it), returns plain JSON (stored
 * and replayed for a clientMutationId) and refuses by throwing `CommandRefused` (`refuse`, `orRefuse`).
 */
export interface UseCase<Input, Result extends object, Meta extends CommandMeta = CommandMeta> {
  /** Stable name of the operation: the key of clientMutationId replays, e.g. `createLocation`. */
  readonly operation: string;
  execute(tx: EntityManager, input: Input, meta: Meta): Promise<Result>;
}
