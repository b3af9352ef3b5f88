import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '@imis/graphql';
import { CatalogueQueries } from '../application/catalogue.queries';
import { CatalogueLoader } from './catalogue.loader';
import { MedicalItemModel } from './medical-item.model';
import { MedicalServiceModel, PackageLineModel } from './medical-service.model';

/**
 * The item or service of each package line, batched per request (CatalogueLoader), never one query per
 * line. Reading a package needs the right to read services (the query's); its sub-items come with it.
 */
@Resolver(() => PackageLineModel)
export class PackageLineResolver {
  constructor(private readonly queries: CatalogueQueries) {}

  @ResolveField(() => MedicalItemModel, { nullable: true, description: 'The sub-item (deleted ones too); null for a sub-service' })
  item(@Parent() line: PackageLineModel, @Context() context: GraphQLContext): Promise<MedicalItemModel | null> {
    return CatalogueLoader.of(context, this.queries).item(line.itemId);
  }

  @ResolveField(() => MedicalServiceModel, { nullable: true, description: 'The sub-service (deleted ones too); null for a sub-item' })
  service(@Parent() line: PackageLineModel, @Context() context: GraphQLContext): Promise<MedicalServiceModel | null> {
    return CatalogueLoader.of(context, this.queries).service(line.serviceId);
  }
}
