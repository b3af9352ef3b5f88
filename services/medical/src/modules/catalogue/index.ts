// The catalogue module's public face: what other modules of the service (and its tests) may import.
export { MedicalItem } from './infrastructure/medical-item.entity';
export { MedicalService } from './infrastructure/medical-service.entity';
export type { PackageLine } from './domain/catalogue-codes';
export { catalogueReferences } from './application/catalogue-references';
export type { CatalogueReference } from './application/catalogue-references';
