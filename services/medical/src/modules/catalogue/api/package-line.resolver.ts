import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BatchLoader, type GraphQLContext, perRequest } from '@imis/graphql';
import { CatalogueQueries } from '../application/catalogue.queries';
import type { MedicalItemView } from '../application/medical-item.view';
import type { MedicalServiceView } from '../application/medical-service.view';
import { toMedicalItemModel, toMedicalServiceModel } from './catalogue.mapper';
import { MedicalItemModel } from './medical-item.model';
import { MedicalServiceModel, PackageLineModel } from './medical-service.model';

const ITEMS = Symbol('package-line-items');
const SERVICES = Symbol('package-line-services');

/**
 * The item or service of each package line, loaded per request in one query per kind and level
 * (the lines of every service in a page together), never one per line. Reading a package needs the
 * right to read services (the query's); its sub-items come with it.
 */
@Resolver(() => PackageLineModel)
export class PackageLineResolver {
  constructor(private readonly queries: CatalogueQueries) {}

  @ResolveField(() => MedicalItemModel, { nullable: true, description: 'The sub-item; null for a sub-service' })
  async item(@Parent() line: PackageLineModel, @Context() context: GraphQLContext): Promise<MedicalItemModel | null> {
    if (!line.itemId) return null;
    const items = perRequest(context, ITEMS, () => new BatchLoader<string, MedicalItemView | null>((ids) => this.queries.itemsByIds(ids), null));
    const view = await items.load(line.itemId);
    return view && toMedicalItemModel(view);
  }

  @ResolveField(() => MedicalServiceModel, { nullable: true, description: 'The sub-service; null for a sub-item' })
  async service(@Parent() line: PackageLineModel, @Context() context: GraphQLContext): Promise<MedicalServiceModel | null> {
    if (!line.serviceId) return null;
    const services = perRequest(context, SERVICES, () => new BatchLoader<string, MedicalServiceView | null>((ids) => this.queries.servicesByIds(ids), null));
    const view = await services.load(line.serviceId);
    return view && toMedicalServiceModel(view);
  }
}
