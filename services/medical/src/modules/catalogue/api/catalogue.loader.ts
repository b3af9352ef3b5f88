import { BatchLoader, type GraphQLContext, perRequest } from '@imis/graphql';
import type { CatalogueQueries } from '../application/catalogue.queries';
import { toMedicalItemModel, toMedicalServiceModel } from './catalogue.mapper';
import type { MedicalItemModel } from './medical-item.model';
import type { MedicalServiceModel } from './medical-service.model';

const LOADER = Symbol('catalogue-loader');

/**
 * Items and services by id (deleted ones too), per request: every id asked for while one level of a
 * response resolves is read in one query per kind (the lines of every package of a page, the rows of a
 * price list), never one per field.
 */
export class CatalogueLoader {
  private readonly items: BatchLoader<string, MedicalItemModel | null>;
  private readonly services: BatchLoader<string, MedicalServiceModel | null>;

  private constructor(queries: CatalogueQueries) {
    this.items = new BatchLoader(async (ids) => mapValues(await queries.itemsByIds(ids), toMedicalItemModel), null);
    this.services = new BatchLoader(async (ids) => mapValues(await queries.servicesByIds(ids), toMedicalServiceModel), null);
  }

  static of(context: GraphQLContext, queries: CatalogueQueries): CatalogueLoader {
    return perRequest(context, LOADER, () => new CatalogueLoader(queries));
  }

  async item(id: string | null): Promise<MedicalItemModel | null> {
    return id ? this.items.load(id) : null;
  }

  async service(id: string | null): Promise<MedicalServiceModel | null> {
    return id ? this.services.load(id) : null;
  }
}

function mapValues<V, M>(views: Map<string, V>, toModel: (view: V) => M): Map<string, M> {
  return new Map([...views].map(([id, view]) => [id, toModel(view)]));
}
