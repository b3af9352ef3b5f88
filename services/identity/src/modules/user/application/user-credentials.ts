import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { DomainError } from '@imis/kernel';

/** A user's password and sessions, as the module that keeps them offers them to user administration. */
export interface CredentialStore {
  /** Checks the password policy (its refusals, field `password`: nothing written then), else stores the password's hash; in `tx`. */
  set(tx: EntityManager, user: { id: string; username: string }, password: string): Promise<DomainError[]>;
  /** Ends every session of the user (its refresh tokens); in `tx`. */
  revokeSessions(tx: EntityManager, userId: string): Promise<void>;
}

/**
 * Port of user administration to the credentials: creating a user sets its password, changing or
 * deleting one may end its sessions, but passwords and sessions are the authentication module's
 * (argon2, the policy, the `credential` and `refresh_token` tables), and authentication reads access
 * profiles from this module. So authentication registers its store here (from its Nest module's
 * constructor) and this module never imports it: no module cycle.
 */
@Injectable()
export class UserCredentials implements CredentialStore, OnApplicationBootstrap {
  private store?: CredentialStore;

  register(store: CredentialStore): void {
    this.store = store;
  }

  /** Fails the start, rather than the first user created with a password, when no store was registered. */
  onApplicationBootstrap(): void {
    this.registered();
  }

  set(tx: EntityManager, user: { id: string; username: string }, password: string): Promise<DomainError[]> {
    return this.registered().set(tx, user, password);
  }

  revokeSessions(tx: EntityManager, userId: string): Promise<void> {
    return this.registered().revokeSessions(tx, userId);
  }

  private registered(): CredentialStore {
    if (!this.store) throw new Error('No credential store registered with UserCredentials: the authentication module registers one');
    return this.store;
  }
}
