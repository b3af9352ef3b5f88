import { Injectable } from '@nestjs/common';
import type { AccessClaims } from '@imis/auth';

/** What a token for this user carries: its id, username and claims (rights, administrator flag, location scope). */
export interface AccessProfile {
  readonly userId: string;
  readonly username: string;
  readonly claims: AccessClaims;
}

/** Looks up the access claims of current users, for login and token refresh. */
@Injectable()
export class AccessProfiles {
  /** The current (not deleted, inside its active window: activeFrom <= today <= activeTo) user with this username (case-insensitive), or null. */
  async byUsername(_username: string): Promise<AccessProfile | null> {
    return null;
  }

  /** The current user with this id, or null. */
  async byUserId(_userId: string): Promise<AccessProfile | null> {
    return null;
  }
}
