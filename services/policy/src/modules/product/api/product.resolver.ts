import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { ConnectionArgs, type EntityReference, locationReferenceTypes, pageOf, referenceTo, toConnection } from '@imis/graphql';
import { ProductAccess } from '../application/product-access';
import { ProductQueries } from '../application/product.queries';
import { ProductConnection } from './product.connection';
import { ProductFilterInput } from './product.inputs';
import { toProductModel, toProductVersionModel } from './product.mapper';
import { ProductModel } from './product.model';
import { ProductVersionModel } from './product-version.model';

const { LocationReference } = locationReferenceTypes();

/**
 * Reads of products (right 121001): a caller sees national products and those located in its data scope
 * or above it; any other product does not exist for it.
 */
@Resolver(() => ProductModel)
export class ProductResolver {
  constructor(
    private readonly queries: ProductQueries,
    private readonly access: ProductAccess,
  ) {}

  @RequireRights(Right.ProductSearch)
  @Query(() => ProductConnection, { description: 'Current products matching the filter, in creation order' })
  async products(
    @CurrentUser() user: RequestUser,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => ProductFilterInput, nullable: true }) filter?: ProductFilterInput | null,
  ): Promise<ProductConnection> {
    const page = pageOf(args);
    const { rows, totalCount } = await this.queries.search(filter ?? {}, page, await this.access.visible(user));
    return toConnection(rows, page, totalCount, toProductModel);
  }

  @RequireRights(Right.ProductSearch)
  @Query(() => ProductModel, { nullable: true, description: 'A current product; null when unknown, deleted or out of your scope' })
  async product(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<ProductModel | null> {
    const view = await this.queries.byId(id, await this.access.visible(user));
    return view && toProductModel(view);
  }

  @RequireRights(Right.ProductSearch)
  @Query(() => [ProductVersionModel], { description: 'Past versions of a product (current or deleted) with their lines, oldest first' })
  async productHistory(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<ProductVersionModel[]> {
    return (await this.queries.history(id, await this.access.visible(user))).map(toProductVersionModel);
  }

  @ResolveField(() => LocationReference, { nullable: true, description: 'The region or district (from the location service); null = national' })
  location(@Parent() product: ProductModel): EntityReference | null {
    return referenceTo(product.locationId);
  }
}
