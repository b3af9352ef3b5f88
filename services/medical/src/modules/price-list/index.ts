// The price-list module's public face: what other modules of the service (and its tests) may import.
export { PriceListModule } from './price-list.module';
export { PriceList } from './infrastructure/price-list.entity';
export { PriceListDetail } from './infrastructure/price-list-detail.entity';
export { FacilityPriceLists } from './infrastructure/facility-price-lists.entity';
export { EffectivePriceQuery } from './application/effective-price.query';
export { CreatePriceList } from './application/create-price-list.command';
export type { CreatePriceListData } from './application/create-price-list.command';
export type { PriceListCommandMeta } from './application/price-list-command-meta';
