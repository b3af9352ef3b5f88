// Transport-free commands: use cases run in a transaction (their own or the caller's), refusals as plain
// data, clientMutationId idempotency, one VERSION_CONFLICT.
export type { CommandKey, CommandMeta } from './command-meta';
export { commandError } from './command-error';
export type { CommandError } from './command-error';
export { CommandRefused } from './command-refused.error';
export { InvalidCommandInput } from './invalid-command-input.error';
export { orRefuse, refuse } from './refuse';
export { flushOrRefuse, writeOrRefuse } from './flush-or-refuse';
export { expectVersion, versionConflict } from './version-conflict';
export { inTransaction } from './in-transaction';
export { runCommand, runUseCase } from './run-command';
export type { CommandResult } from './run-command';
export type { UseCase } from './use-case';
export { ClientMutation } from './client-mutation.entity';
export { CLIENT_MUTATION_ID_REUSED, MAX_CLIENT_MUTATION_ID_LENGTH } from './client-mutations';
export { clientMutationFingerprint } from './client-mutation-fingerprint';
export { clientMutationPersistence } from './client-mutation.persistence';
