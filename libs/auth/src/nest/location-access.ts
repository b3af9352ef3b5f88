import { Injectable, Optional } from '@nestjs/common';
import type { RequestUser } from '../request-user';
import { LocationScopeResolver } from '../scope/location-scope.resolver';
import type { ScopeFilter } from '../scope/scope-filter';

/**
 * The locations a request may read and change, from the AuthModule's LocationScopeResolver (memoised per
 * request user). Optional only so that the API module builds without auth for print-schema; a request
 * served without it fails instead of going unscoped.
 */
@Injectable()
export class LocationAccess {
  constructor(@Optional() private readonly resolver?: LocationScopeResolver) {}

  /** What the user may see: its data scope plus the ancestors of its villages. */
  visible(user: RequestUser): Promise<ScopeFilter> {
    return this.scopes().visibleLocations(user);
  }

  /** What the user may change: its districts and villages with everything below them. */
  data(user: RequestUser): Promise<ScopeFilter> {
    return this.scopes().dataScope(user);
  }

  private scopes(): LocationScopeResolver {
    if (!this.resolver) throw new Error('LocationAccess needs AuthModule.forRoot({ locationTree }) in the application module');
    return this.resolver;
  }
}
