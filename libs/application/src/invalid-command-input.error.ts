/**
 * The request itself is malformed (not a domain refusal): nothing ran. Transports answer it as a bad
 * request (GraphQL: an error with `extensions.code` BAD_USER_INPUT and `field`).
 */
export class InvalidCommandInput extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'InvalidCommandInput';
  }
}
