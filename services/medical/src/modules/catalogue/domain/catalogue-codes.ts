import { careTypeSchema, itemTypeSchema, packageTypeSchema, serviceCategorySchema, serviceLevelSchema, serviceTypeSchema } from '@imis/contracts';

/** The catalogue's code lists, single-sourced from the event contracts. */
export const CARE_TYPES = careTypeSchema.options;
export const ITEM_TYPES = itemTypeSchema.options;
export const SERVICE_TYPES = serviceTypeSchema.options;
export const SERVICE_LEVELS = serviceLevelSchema.options;
export const SERVICE_CATEGORIES = serviceCategorySchema.options;
export const PACKAGE_TYPES = packageTypeSchema.options;

export type CareTypeCode = (typeof CARE_TYPES)[number];
export type ItemTypeCode = (typeof ITEM_TYPES)[number];
export type ServiceTypeCode = (typeof SERVICE_TYPES)[number];
export type ServiceLevelCode = (typeof SERVICE_LEVELS)[number];
export type ServiceCategoryCode = (typeof SERVICE_CATEGORIES)[number];
export type PackageTypeCode = (typeof PACKAGE_TYPES)[number];

/** One sub-line of a package service (stored with the service, so its history keeps them). */
export interface PackageLine {
  itemId: string | null;
  serviceId: string | null;
  quantity: number;
  /** Money string, or null for the sub-line's own register price. */
  price: string | null;
}

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
