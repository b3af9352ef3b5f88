import { Injectable } from '@nestjs/common';
import { commandMeta, LocationAccess, type RequestUser, type ScopeFilter } from '@imis/auth';
import { PayerAccess } from '../../payer';
import type { PremiumCommandMeta } from './premium-command-meta';

/** Which premiums a user reads and changes: those of policies of families living in its data scope. */
@Injectable()
export class ContributionAccess {
  constructor(
    private readonly locations: LocationAccess,
    private readonly payers: PayerAccess,
  ) {}

  scope(user: RequestUser): Promise<ScopeFilter> {
    return this.locations.data(user);
  }

  async meta(user: RequestUser, clientMutationId?: string | null): Promise<PremiumCommandMeta> {
    const [scope, payers] = await Promise.all([this.scope(user), this.payers.visible(user)]);
    return { ...commandMeta(user, clientMutationId), scope, payers };
  }
}
