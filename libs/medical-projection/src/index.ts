import type { MigrationObject } from '@mikro-orm/core';
import type { PersistenceContribution } from '@imis/persistence';
import { MedicalProjectionMigration } from './medical-projection.migration';
import { ProjectedDiagnosis } from './projected-diagnosis.entity';
import { ProjectedFacilityPriceLists } from './projected-facility-price-lists.entity';
import { ProjectedMedicalItem } from './projected-medical-item.entity';
import { ProjectedMedicalService } from './projected-medical-service.entity';
import { ProjectedPriceListDetail } from './projected-price-list-detail.entity';
import { ProjectedPriceList } from './projected-price-list.entity';

export { ProjectedMedicalItem } from './projected-medical-item.entity';
export { ProjectedMedicalService } from './projected-medical-service.entity';
export { ProjectedDiagnosis } from './projected-diagnosis.entity';
export { ProjectedPriceList } from './projected-price-list.entity';
export { ProjectedPriceListDetail } from './projected-price-list-detail.entity';
export { ProjectedFacilityPriceLists } from './projected-facility-price-lists.entity';
export { MedicalProjectionHandlers } from './medical-projection.handlers';
export { MedicalProjectionModule } from './medical-projection.module';
export { MedicalProjectionMigration } from './medical-projection.migration';
export { decideEffectivePrice } from './effective-price';
export type {
  CatalogueLineCandidate,
  EffectivePriceCandidates,
  EffectivePriceOutcome,
  PriceListCandidate,
  PriceListDetailCandidate,
  PriceOrigin,
} from './effective-price';
export { effectivePrices } from './effective-prices.query';
export type { EffectivePrice, EffectivePriceTuple } from './effective-prices.query';
export { catalogueByCodes, diagnosesByCodes, itemsByCodes, itemsByIds, servicesByCodes, servicesByIds } from './catalogue.queries';
export type { CatalogueByCodes, CatalogueCodes, CatalogueQueryOptions, ProjectedDiagnosisRow, ProjectedMedicalItemRow, ProjectedMedicalServiceRow } from './catalogue.queries';

/** Entities of the medical projection (a service lists `medicalProjectionPersistence` in its `uses` instead). */
export const medicalProjectionEntities = [
  ProjectedMedicalItem,
  ProjectedMedicalService,
  ProjectedDiagnosis,
  ProjectedPriceList,
  ProjectedPriceListDetail,
  ProjectedFacilityPriceLists,
];

/** The medical projection's migrations (idempotent). */
export const medicalProjectionMigrations: MigrationObject[] = [{ name: 'medical_projection_0001_projected_catalogue', class: MedicalProjectionMigration }];

/** The medical catalogue's copy, for a service's persistence `uses`: its migrations run before the service's own. */
export const medicalProjectionPersistence: PersistenceContribution = {
  owner: 'medical-projection',
  entities: medicalProjectionEntities,
  migrations: medicalProjectionMigrations,
};
