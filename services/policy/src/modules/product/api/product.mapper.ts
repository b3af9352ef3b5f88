import type { ProductVersionView } from '../application/product-version.view';
import type { ProductView } from '../application/product.view';
import { ProductVersionModel } from './product-version.model';
import { ProductModel } from './product.model';

export function toProductModel(view: ProductView): ProductModel {
  return Object.assign(new ProductModel(), { ...view, validFrom: new Date(view.validFrom) });
}

export function toProductVersionModel(view: ProductVersionView): ProductVersionModel {
  return Object.assign(new ProductVersionModel(), { ...view, validFrom: new Date(view.validFrom), validTo: new Date(view.validTo) });
}
