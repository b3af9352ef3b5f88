import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { runUseCase, type CommandResult } from '@imis/application';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { CreateProduct } from '../application/create-product.command';
import { DeleteProduct } from '../application/delete-product.command';
import { DuplicateProduct } from '../application/duplicate-product.command';
import { ProductAccess } from '../application/product-access';
import type { ProductView } from '../application/product.view';
import { UpdateProduct } from '../application/update-product.command';
import { toProductInput } from './product-input.mapper';
import { ProductPayload } from './product.connection';
import { CreateProductInput, DeleteProductInput, DuplicateProductInput, UpdateProductInput } from './product.inputs';
import { toProductModel } from './product.mapper';
import { ProductModel } from './product.model';

/**
 * Changes to products, each under its openIMIS right (121002–121005) and recorded as made by the verified
 * user. A product the user may not see or change answers PRODUCT_NOT_FOUND, as an unknown one.
 */
@Resolver(() => ProductModel)
export class ProductMutationResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ProductAccess,
    private readonly createUseCase: CreateProduct,
    private readonly updateUseCase: UpdateProduct,
    private readonly duplicateUseCase: DuplicateProduct,
    private readonly deleteUseCase: DeleteProduct,
  ) {}

  @RequireRights(Right.ProductAdd)
  @Mutation(() => ProductPayload, { description: 'Creates a product with its item and service lines' })
  async createProduct(@Args('input') { clientMutationId, ...data }: CreateProductInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.createUseCase, toProductInput(data), await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.ProductEdit)
  @Mutation(() => ProductPayload, { description: 'Changes a product (only the fields sent); the previous version is kept in the history' })
  async updateProduct(@Args('input') { clientMutationId, id, version, ...data }: UpdateProductInput, @CurrentUser() user: RequestUser) {
    const input = { id, version, ...toProductInput(data) };
    return payload(await runUseCase(this.em, this.updateUseCase, input, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.ProductDuplicate)
  @Mutation(() => ProductPayload, { description: 'Creates a copy of a product under a new code and name' })
  async duplicateProduct(@Args('input') { clientMutationId, ...data }: DuplicateProductInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.duplicateUseCase, data, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.ProductDelete)
  @Mutation(() => ProductPayload, { description: 'Deletes a product (kept as history) unless current policies use it' })
  async deleteProduct(@Args('input') { clientMutationId, ...data }: DeleteProductInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.deleteUseCase, data, await this.access.meta(user, clientMutationId)), clientMutationId);
  }
}

function payload(result: CommandResult<{ product: ProductView }>, clientMutationId?: string | null): ProductPayload {
  return { product: result.product ? toProductModel(result.product) : null, errors: result.errors, clientMutationId: clientMutationId ?? null };
}
