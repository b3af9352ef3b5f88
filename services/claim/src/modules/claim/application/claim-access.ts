import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { commandMeta, LocationAccess, type RequestUser } from '@imis/auth';
import { claimAdminOfUser } from '../../provider';
import type { ClaimCommandMeta } from './claim-command-meta';
import type { ClaimScope } from './claim-scope';

/** What a user may see and change of claims: its data scope, narrowed to its facility when it is a claim administrator. */
@Injectable()
export class ClaimAccess {
  constructor(
    private readonly em: EntityManager,
    private readonly locations: LocationAccess,
  ) {}

  async scope(user: RequestUser): Promise<ClaimScope> {
    const locations = await this.locations.data(user);
    if (user.isAdministrator) return { locations, claimAdmin: null };
    const admin = await claimAdminOfUser(this.em.fork(), user.id);
    return { locations, claimAdmin: admin && { id: admin.id, healthFacilityId: admin.healthFacilityId } };
  }

  async meta(user: RequestUser, clientMutationId?: string | null): Promise<ClaimCommandMeta> {
    return { ...commandMeta(user, clientMutationId), scope: await this.scope(user) };
  }
}
