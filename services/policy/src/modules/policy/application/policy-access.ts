import { Injectable } from '@nestjs/common';
import { commandMeta, LocationAccess, type RequestUser, type ScopeFilter } from '@imis/auth';
import { ProductAccess } from '../../product';
import type { PolicyCommandMeta } from './policy-command-meta';

/** Which policies a user reads and changes: those of families living in its data scope. */
@Injectable()
export class PolicyAccess {
  constructor(
    private readonly locations: LocationAccess,
    private readonly productAccess: ProductAccess,
  ) {}

  scope(user: RequestUser): Promise<ScopeFilter> {
    return this.locations.data(user);
  }

  products(user: RequestUser): Promise<ScopeFilter> {
    return this.productAccess.visible(user);
  }

  async meta(user: RequestUser, clientMutationId?: string | null): Promise<PolicyCommandMeta> {
    const [scope, products] = await Promise.all([this.scope(user), this.products(user)]);
    return { ...commandMeta(user, clientMutationId), scope, products };
  }
}
