import type { ScopeFilter } from '@imis/auth';
import { BatchLoader, perRequest, type GraphQLContext } from '@imis/graphql';
import type { ProductQueries } from '../../product';
import type { PolicyQueries } from '../application/policy.queries';
import type { PolicyView } from '../application/policy.view';
import type { InsureePolicy } from '../infrastructure/insuree-policy.entity';

const LOADER = Symbol('policy-loader');
type ProductView = NonNullable<Awaited<ReturnType<ProductQueries['byId']>>>;

/**
 * Per request: policies' members, products and families' policies, each level of a response one query
 * (a page of 100 policies with their members and products: three statements).
 */
export class PolicyLoader {
  readonly members: BatchLoader<string, InsureePolicy[]>;
  readonly products: BatchLoader<string, ProductView | null>;
  readonly ofFamilies: BatchLoader<string, PolicyView[]>;
  /** Policies by id in the caller's scope (null outside it): references from other subgraphs. */
  readonly byIds: BatchLoader<string, PolicyView | null>;

  private constructor(policies: PolicyQueries, products: ProductQueries, scope: () => Promise<ScopeFilter>, visibleProducts: () => Promise<ScopeFilter>) {
    this.members = new BatchLoader((ids) => policies.insureePolicies(ids), []);
    this.products = new BatchLoader(async (ids) => products.byIds(ids, await visibleProducts()), null);
    this.ofFamilies = new BatchLoader(async (ids) => policies.ofFamilies(ids, await scope()), []);
    this.byIds = new BatchLoader(async (ids) => policies.byIds(ids, await scope()), null);
  }

  static of(
    context: GraphQLContext,
    policies: PolicyQueries,
    products: ProductQueries,
    scope: () => Promise<ScopeFilter>,
    visibleProducts: () => Promise<ScopeFilter>,
  ): PolicyLoader {
    return perRequest(context, LOADER, () => new PolicyLoader(policies, products, scope, visibleProducts));
  }
}
