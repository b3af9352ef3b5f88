import { z } from 'zod';
import { careTypeSchema } from '../location/health-facility-fields';
import { isoDate, uuid, version } from '../location/location-fields';

/** An exact amount of money as a decimal string ("1250.50"), the form of @imis/kernel's money helpers. */
export const money = () => z.string().regex(/^-?\d{1,13}(\.\d{1,2})?$/, 'must be a decimal with at most 2 fraction digits').describe('money, decimal string');
const medicalCode = () => z.string().min(1).max(6);

/** The openIMIS code lists of the catalogue: the one source the medical service's domain and GraphQL enums read. */
export const itemTypeSchema = z.enum(['D', 'M']).describe('D drug, M medical consumable');
export const serviceTypeSchema = z.enum(['P', 'C']).describe('P preventive, C curative');
export const serviceLevelSchema = z.enum(['S', 'V', 'D', 'H']).describe('S simple service, V visit, D day of stay, H hospital case');
export const serviceCategorySchema = z
  .enum(['S', 'D', 'A', 'H', 'C', 'O', 'V'])
  .describe('S surgery, D delivery, A antenatal, H hospitalisation, C consultation, O other, V visit');
export const packageTypeSchema = z
  .enum(['S', 'P', 'F'])
  .describe('S single service (no sub-lines), P package priced as the sum of its sub-lines, F package at the fixed price of the service');
export const priceListKindSchema = z.enum(['ITEMS', 'SERVICES']).describe('ITEMS: a price list of medical items; SERVICES: of medical services');

/** What items and services share: the fields claim checks read (claims.md §2). */
const catalogueEntryFields = {
  id: uuid(),
  code: medicalCode().describe('unique among current items (services)'),
  name: z.string().min(1),
  price: money().describe('register price, used when a price list gives no override'),
  careType: careTypeSchema,
  frequency: z.number().int().nonnegative().describe('days between two provisions to one insuree; 0 = no limit'),
  patientCategory: z.number().int().min(0).max(15).describe('mask: male 1, female 2, adult 4, minor 8; 0 = no restriction'),
  maximumQuantity: z.number().nonnegative().nullable().describe('maximum quantity on one claim line; null = no maximum'),
  effectiveFrom: isoDate().nullable().describe('first day it may be claimed; null = since ever'),
  effectiveTo: isoDate().nullable().describe('last day it may be claimed; null = open-ended'),
  version: version(),
};

/** Full state of a medical item (drug or consumable), carried by `created` and `updated`. */
export const medicalItemStateSchema = z.object({
  ...catalogueEntryFields,
  type: itemTypeSchema,
  package: z.string().nullable().describe('packaging, e.g. "box of 10 tablets"'),
  quantity: z.number().nonnegative().nullable().describe('quantity per package'),
});

/** One sub-line of a package service: an item or a service, a quantity and an optional price. */
export const packageLineSchema = z.object({
  itemId: uuid().nullable(),
  serviceId: uuid().nullable(),
  quantity: z.number().positive(),
  price: money().nullable().describe('price of the sub-line in the package; null = its own register price'),
});

/** Full state of a medical service, packages included, carried by `created` and `updated`. */
export const medicalServiceStateSchema = z.object({
  ...catalogueEntryFields,
  type: serviceTypeSchema,
  level: serviceLevelSchema,
  category: serviceCategorySchema.nullable().describe('null counts as V (visit) in claim categories'),
  manualPrice: z.boolean().describe('the price is entered on the claim (no fixed price)'),
  packageType: packageTypeSchema,
  packageLines: z.array(packageLineSchema).describe('sub-items and sub-services; empty unless packageType is P or F'),
});

export const catalogueEntryDeletedSchema = z.object({ id: uuid(), code: medicalCode(), version: version() });

/** One diagnosis (ICD-10 or the scheme's own list). */
export const diagnosisStateSchema = z.object({ id: uuid(), code: medicalCode(), name: z.string().min(1), version: version() });

/** One batch of an upload of diagnoses (at most 1,000 rows per event; an upload publishes as many as it needs). */
export const diagnosesUploadedSchema = z.object({
  uploadId: uuid().describe('the upload job; every batch of one upload carries it'),
  batch: z.number().int().positive(),
  batches: z.number().int().positive().describe('how many batches this upload published'),
  upserted: z.array(diagnosisStateSchema).describe('diagnoses created or changed, each with its new version'),
  deleted: z
    .array(z.object({ id: uuid(), code: medicalCode(), version: version().describe('the version after the deletion') }))
    .describe('diagnoses deleted by this upload, each with its version after the deletion'),
});

/** One detail row of a price list: the item or service it prices and the price override. */
export const priceListDetailSchema = z.object({
  itemId: uuid().nullable().describe('set in an ITEMS price list'),
  serviceId: uuid().nullable().describe('set in a SERVICES price list'),
  price: money().nullable().describe("the override; null = the register price"),
});

/** Full state of a price list with all its detail rows, carried by `created` and `updated`. */
export const priceListStateSchema = z.object({
  id: uuid(),
  kind: priceListKindSchema,
  name: z.string().min(1),
  locationId: uuid().nullable().describe('a region or a district; null = national'),
  date: isoDate().describe('the day from which the list applies'),
  details: z.array(priceListDetailSchema),
  version: version(),
});

export const priceListDeletedSchema = z.object({ id: uuid(), kind: priceListKindSchema, version: version() });

/** The price lists a health facility charges by (at most one of each kind). */
export const facilityPriceListsAssignedSchema = z.object({
  healthFacilityId: uuid(),
  itemsPriceListId: uuid().nullable(),
  servicesPriceListId: uuid().nullable(),
  version: version().describe('version of the assignment of this facility'),
});

export type MedicalItemState = z.infer<typeof medicalItemStateSchema>;
export type MedicalServiceState = z.infer<typeof medicalServiceStateSchema>;
export type PackageLine = z.infer<typeof packageLineSchema>;
export type CatalogueEntryDeletedData = z.infer<typeof catalogueEntryDeletedSchema>;
export type DiagnosisState = z.infer<typeof diagnosisStateSchema>;
export type DiagnosesUploadedData = z.infer<typeof diagnosesUploadedSchema>;
export type DeletedDiagnosis = DiagnosesUploadedData['deleted'][number];
export type PriceListState = z.infer<typeof priceListStateSchema>;
export type PriceListDetail = z.infer<typeof priceListDetailSchema>;
export type PriceListDeletedData = z.infer<typeof priceListDeletedSchema>;
export type FacilityPriceListsAssignedData = z.infer<typeof facilityPriceListsAssignedSchema>;
