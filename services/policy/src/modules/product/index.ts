// The product module's public face: what other modules of the service (and its tests) may import.
export { ProductModule } from './product.module';
export { Product } from './infrastructure/product.entity';
export { ProductUsage } from './application/product-usage';
export { ProductQueries } from './application/product.queries';
export { ProductAccess } from './application/product-access';
export { ProductModel } from './api/product.model';
export { toProductModel } from './api/product.mapper';
export { ProductCeilingType } from './api/product.enums';
