import type { RequestUser } from '../request-user';
import type { LocationTree } from './location-tree';
import { UNRESTRICTED, type ScopeFilter } from './scope-filter';

interface Expanded {
  data?: Promise<ScopeFilter>;
  visible?: Promise<ScopeFilter>;
}

/**
 * Expands a user's base locations to what it may touch, once per request (the RequestUser lives as long
 * as its request, so the memo dies with it).
 */
export class LocationScopeResolver {
  private readonly memo = new WeakMap<RequestUser, Expanded>();

  constructor(private readonly tree: LocationTree) {}

  /**
   * Where the user's records may be: its districts (own, or its facility's) and its villages, with
   * everything below them. Families, insurees and facilities are filtered by this.
   */
  dataScope(user: RequestUser): Promise<ScopeFilter> {
    const expanded = this.expanded(user);
    expanded.data ??= this.expand(user, false);
    return expanded.data;
  }

  /**
   * Which locations the user may see in location lists: its data scope plus the ancestors of its villages,
   * so that an enrolment officer can see the ward and district its villages belong to.
   */
  visibleLocations(user: RequestUser): Promise<ScopeFilter> {
    const expanded = this.expanded(user);
    expanded.visible ??= this.expand(user, true);
    return expanded.visible;
  }

  private expanded(user: RequestUser): Expanded {
    let expanded = this.memo.get(user);
    if (!expanded) this.memo.set(user, (expanded = {}));
    return expanded;
  }

  private async expand(user: RequestUser, withVillageAncestors: boolean): Promise<ScopeFilter> {
    if (user.isAdministrator || user.scope.everywhere) return UNRESTRICTED;
    const { districtIds, villageIds } = user.scope;
    const [below, above] = await Promise.all([
      this.tree.descendantsOf([...districtIds, ...villageIds]),
      withVillageAncestors && villageIds.length > 0 ? this.tree.ancestorsOf(villageIds) : Promise.resolve([]),
    ]);
    return { everywhere: false, locationIds: [...new Set([...below, ...above])] };
  }
}
