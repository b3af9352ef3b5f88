import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '@imis/graphql';
import { CatalogueLoader, CatalogueQueries, MedicalItemModel, MedicalServiceModel } from '../../catalogue';
import { PriceListDetailModel } from './price-list-detail.model';

/**
 * The item or service a row prices, as the register holds it now (a deleted one too, with `deleted`):
 * the rows of a page are read in one query per kind (CatalogueLoader). Reading a list's rows needs the
 * list's right only.
 */
@Resolver(() => PriceListDetailModel)
export class PriceListDetailResolver {
  constructor(private readonly catalogue: CatalogueQueries) {}

  @ResolveField(() => MedicalItemModel, { nullable: true, description: 'The medical item (items list); null in a services list' })
  item(@Parent() row: PriceListDetailModel, @Context() context: GraphQLContext): Promise<MedicalItemModel | null> {
    return CatalogueLoader.of(context, this.catalogue).item(row.itemId);
  }

  @ResolveField(() => MedicalServiceModel, { nullable: true, description: 'The medical service (services list); null in an items list' })
  service(@Parent() row: PriceListDetailModel, @Context() context: GraphQLContext): Promise<MedicalServiceModel | null> {
    return CatalogueLoader.of(context, this.catalogue).service(row.serviceId);
  }
}
