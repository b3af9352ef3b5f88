/** Who sends a command, and the client's idempotency key when it sent one. */
export interface CommandMeta {
  readonly actor: string;
  readonly clientMutationId?: string | null;
}
