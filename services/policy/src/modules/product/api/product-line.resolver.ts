import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '@imis/graphql';
import { ProductQueries } from '../application/product.queries';
import { ProductLineLoader } from './product-line.loader';
import { ProductLineModel } from './product-line.model';
import { LineEntryModel } from './product-parts.model';

/** The item or service of a line, read from the medical projection (batched over the whole response). */
@Resolver(() => ProductLineModel)
export class ProductLineResolver {
  constructor(private readonly queries: ProductQueries) {}

  @ResolveField(() => LineEntryModel, { nullable: true, description: 'The medical item of an item line (null on a service line)' })
  item(@Parent() line: ProductLineModel, @Context() context: GraphQLContext): Promise<LineEntryModel | null> | null {
    return line.itemId ? ProductLineLoader.of(context, this.queries).items.load(line.itemId) : null;
  }

  @ResolveField(() => LineEntryModel, { nullable: true, description: 'The medical service of a service line (null on an item line)' })
  service(@Parent() line: ProductLineModel, @Context() context: GraphQLContext): Promise<LineEntryModel | null> | null {
    return line.serviceId ? ProductLineLoader.of(context, this.queries).services.load(line.serviceId) : null;
  }
}
