import { ObjectType } from '@nestjs/graphql';
import { Connection, MutationPayload } from '@imis/graphql';
import { ProductModel } from './product.model';

@ObjectType('ProductConnection')
export class ProductConnection extends Connection(ProductModel, 'Product') {}

@ObjectType('ProductPayload', { description: 'Result of a product mutation: the product, or why it was refused.' })
export class ProductPayload extends MutationPayload(ProductModel, 'product', { description: 'The product after the change; null when refused' }) {}
