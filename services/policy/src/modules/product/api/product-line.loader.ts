import { BatchLoader, perRequest, type GraphQLContext } from '@imis/graphql';
import type { ProductQueries } from '../application/product.queries';
import { LineEntryModel } from './product-parts.model';

const LOADER = Symbol('product-line-loader');

type Entry = { id: string; code: string; name: string; price: string; deleted: boolean };

function entryModel(entry: Entry | undefined): LineEntryModel | null {
  return entry ? Object.assign(new LineEntryModel(), { id: entry.id, code: entry.code, name: entry.name, price: entry.price, deleted: entry.deleted }) : null;
}

/**
 * Per request: the items and services of product lines from the medical projection, one query per kind
 * for every line of every product (and version) of a response.
 */
export class ProductLineLoader {
  readonly items: BatchLoader<string, LineEntryModel | null>;
  readonly services: BatchLoader<string, LineEntryModel | null>;

  private constructor(queries: ProductQueries) {
    this.items = new BatchLoader(async (ids) => {
      const items = await queries.items(ids);
      return new Map(ids.map((id) => [id, entryModel(items.get(id))]));
    }, null);
    this.services = new BatchLoader(async (ids) => {
      const services = await queries.services(ids);
      return new Map(ids.map((id) => [id, entryModel(services.get(id))]));
    }, null);
  }

  static of(context: GraphQLContext, queries: ProductQueries): ProductLineLoader {
    return perRequest(context, LOADER, () => new ProductLineLoader(queries));
  }
}
