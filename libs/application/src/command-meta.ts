/** Who sends a command, and the client's idempotency key when it sent one. */
export interface CommandMeta {
  /** Recorded as `changedBy` of what the command changes; keys its clientMutationId replays. */
  readonly actor: string;
  readonly clientMutationId?: string | null;
}

/** What keys a command's replay: who sent it, its idempotency key and which operation it was. */
export interface CommandKey extends CommandMeta {
  /** Stable name of the operation, e.g. `createLocation`: a key reused for another operation is refused. */
  readonly operation: string;
  /** The command's input: a key reused with another input is refused (CLIENT_MUTATION_ID_REUSED). */
  readonly input?: unknown;
}
