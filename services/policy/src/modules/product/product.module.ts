import { Module } from '@nestjs/common';
import { LocationAccess } from '@imis/auth';
import { CreateProduct } from './application/create-product.command';
import { DeleteProduct } from './application/delete-product.command';
import { DuplicateProduct } from './application/duplicate-product.command';
import { ProductAccess } from './application/product-access';
import { ProductUsage } from './application/product-usage';
import { ProductQueries } from './application/product.queries';
import { UpdateProduct } from './application/update-product.command';
import { ProductLineResolver } from './api/product-line.resolver';
import { ProductMutationResolver } from './api/product-mutation.resolver';
import { ProductResolver } from './api/product.resolver';
import { CurrentPoliciesOfProduct } from './infrastructure/current-policies-of-product';

const USE_CASES = [CreateProduct, UpdateProduct, DuplicateProduct, DeleteProduct];

/** Insurance products with their item and service lines, history and events. */
@Module({
  providers: [
    ...USE_CASES,
    ProductQueries,
    LocationAccess,
    ProductAccess,
    { provide: ProductUsage, useClass: CurrentPoliciesOfProduct },
    ProductResolver,
    ProductMutationResolver,
    ProductLineResolver,
  ],
  exports: [...USE_CASES, ProductQueries, ProductAccess],
})
export class ProductModule {}
