import { RequestUser } from '../request-user';
import type { LocationTree } from './location-tree';
import { LocationScopeResolver } from './location-scope.resolver';
import { allows, whereInScope } from './scope-filter';

// Region R → districts D1, D2; D1 → ward W1 → villages V1, V2; D2 → ward W2 → village V3.
const parents: Record<string, string | null> = { R: null, D1: 'R', D2: 'R', W1: 'D1', W2: 'D2', V1: 'W1', V2: 'W1', V3: 'W2' };

class InMemoryTree implements LocationTree {
  queries = 0;

  async descendantsOf(ids: readonly string[]): Promise<string[]> {
    this.queries++;
    return Object.keys(parents).filter((id) => this.ancestors(id).concat(id).some((candidate) => ids.includes(candidate)));
  }

  async ancestorsOf(ids: readonly string[]): Promise<string[]> {
    this.queries++;
    return [...new Set(ids.flatMap((id) => this.ancestors(id)))];
  }

  private ancestors(id: string): string[] {
    const parent = parents[id];
    return parent ? [parent, ...this.ancestors(parent)] : [];
  }
}

const user = (districtIds: string[], villageIds: string[], admin = false) =>
  new RequestUser({
    sub: '0190f7a4-1d2e-7c3b-8a9f-000000000001',
    username: 'u',
    admin,
    rights: [],
    scope: admin ? { everywhere: true } : { everywhere: false, districtIds, villageIds },
  });

describe('LocationScopeResolver', () => {
  it('gives a district user its district and everything below, nothing of a sibling district', async () => {
    const scope = await new LocationScopeResolver(new InMemoryTree()).dataScope(user(['D1'], []));
    expect(scope.everywhere).toBe(false);
    expect(!scope.everywhere && [...scope.locationIds].sort()).toEqual(['D1', 'V1', 'V2', 'W1']);
    expect(allows(scope, 'V3')).toBe(false);
  });

  it('lets an officer see the ancestors of its villages in location lists, but keeps its data to the villages', async () => {
    const resolver = new LocationScopeResolver(new InMemoryTree());
    const officer = user([], ['V1']);
    const data = await resolver.dataScope(officer);
    const visible = await resolver.visibleLocations(officer);
    expect(!data.everywhere && data.locationIds).toEqual(['V1']);
    expect(!visible.everywhere && [...visible.locationIds].sort()).toEqual(['D1', 'R', 'V1', 'W1']);
  });

  it('does not restrict an administrator, and adds no condition to its queries', async () => {
    const scope = await new LocationScopeResolver(new InMemoryTree()).dataScope(user([], [], true));
    expect(scope).toEqual({ everywhere: true });
    expect(whereInScope(scope, 'districtId')).toEqual({});
  });

  it('expands once per request user', async () => {
    const tree = new InMemoryTree();
    const resolver = new LocationScopeResolver(tree);
    const caller = user(['D2'], []);
    await Promise.all([resolver.dataScope(caller), resolver.dataScope(caller)]);
    expect(tree.queries).toBe(1);
    expect(whereInScope(await resolver.dataScope(caller), 'districtId')).toEqual({ districtId: { $in: ['D2', 'W2', 'V3'] } });
  });
});
