import { Module } from '@nestjs/common';
import { CatalogueQueries } from './application/catalogue.queries';
import { CreateMedicalItem } from './application/create-medical-item.command';
import { CreateMedicalService } from './application/create-medical-service.command';
import { DeleteMedicalItem } from './application/delete-medical-item.command';
import { DeleteMedicalService } from './application/delete-medical-service.command';
import { UpdateMedicalItem } from './application/update-medical-item.command';
import { UpdateMedicalService } from './application/update-medical-service.command';
import { MedicalItemResolver } from './api/medical-item.resolver';
import { MedicalServiceResolver } from './api/medical-service.resolver';
import { PackageLineResolver } from './api/package-line.resolver';

const USE_CASES = [CreateMedicalItem, UpdateMedicalItem, DeleteMedicalItem, CreateMedicalService, UpdateMedicalService, DeleteMedicalService];

/** The register of medical items and services (packages included). */
@Module({
  providers: [...USE_CASES, CatalogueQueries, MedicalItemResolver, MedicalServiceResolver, PackageLineResolver],
  exports: [...USE_CASES, CatalogueQueries],
})
export class CatalogueModule {}
