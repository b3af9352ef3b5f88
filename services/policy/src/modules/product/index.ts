// The product module's public face: what other modules of the service (and its tests) may import.
export { ProductModule } from './product.module';
export { Product } from './infrastructure/product.entity';
export { ProductUsage } from './application/product-usage';
export { ProductQueries } from './application/product.queries';
export { ProductCeilingType } from './api/product.enums';
