import { Module } from '@nestjs/common';
import { LocationAccess } from '@imis/auth';
import { CatalogueModule } from '../catalogue';
import { AssignPriceLists } from './application/assign-price-lists.command';
import { CreatePriceList } from './application/create-price-list.command';
import { DeletePriceList } from './application/delete-price-list.command';
import { DuplicatePriceList } from './application/duplicate-price-list.command';
import { EffectivePriceQuery } from './application/effective-price.query';
import { PriceListAccess } from './application/price-list-access';
import { PriceListQueries } from './application/price-list.queries';
import { UpdatePriceList } from './application/update-price-list.command';
import { FacilityPriceListsFieldResolver, FacilityPriceListsResolver } from './api/facility-price-lists.resolver';
import { PriceListDetailResolver } from './api/price-list-detail.resolver';
import { PriceListMutationResolver } from './api/price-list-mutation.resolver';
import { PriceListResolver } from './api/price-list.resolver';

const USE_CASES = [CreatePriceList, UpdatePriceList, DuplicatePriceList, DeletePriceList, AssignPriceLists];

/** Items and services price lists, their assignment to health facilities, and effective prices. */
@Module({
  imports: [CatalogueModule],
  providers: [
    ...USE_CASES,
    PriceListQueries,
    EffectivePriceQuery,
    LocationAccess,
    PriceListAccess,
    PriceListResolver,
    PriceListMutationResolver,
    PriceListDetailResolver,
    FacilityPriceListsResolver,
    FacilityPriceListsFieldResolver,
  ],
  exports: [...USE_CASES, PriceListQueries, EffectivePriceQuery],
})
export class PriceListModule {}
