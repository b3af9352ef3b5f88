import type { AccessClaims, LocationScope } from './token/access-claims';

/** The caller of a request, from its verified access token. */
export class RequestUser {
  readonly id: string;
  readonly username: string;
  readonly rights: ReadonlySet<number>;
  readonly scope: LocationScope;
  readonly isAdministrator: boolean;

  constructor(claims: AccessClaims) {
    this.isAdministrator = claims.admin;
    this.id = claims.sub;
    this.username = claims.username;
    this.rights = new Set(claims.rights);
    this.scope = claims.scope;
  }

  /** openIMIS semantics: any one of the rights suffices, and an empty list allows. */
  hasAnyRight(rights: readonly number[]): boolean {
    return this.isAdministrator || rights.length === 0 || rights.some((right) => this.rights.has(right));
  }
}
