import { Injectable, Optional } from '@nestjs/common';
import { LocationScopeResolver, type RequestUser } from '@imis/auth';
import type { AdminCommandMeta, Caller } from '../application/admin-command-meta';

/** Turns the signed-in user into a command's caller: its rights and its data scope expanded over the location tree. */
@Injectable()
export class AdminCallers {
  // Optional so that print-schema (no AuthModule) can build the schema; every request runs with it.
  constructor(@Optional() private readonly scopes?: LocationScopeResolver) {}

  async of(user: RequestUser): Promise<Caller> {
    if (!this.scopes) throw new Error('LocationScopeResolver missing: AuthModule.forRoot needs a locationTree');
    return { user, scope: await this.scopes.dataScope(user) };
  }

  async meta(user: RequestUser, clientMutationId?: string | null): Promise<AdminCommandMeta> {
    return { actor: user.id, clientMutationId, caller: await this.of(user) };
  }
}
