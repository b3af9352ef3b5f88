import { Module } from '@nestjs/common';
import { LocationAccess } from '@imis/auth';
import { ImportErrorsController } from './api/import-errors.controller';
import { InsureeImportResolver } from './api/insuree-import.resolver';
import { ImportQueries } from './application/import.queries';
import { StartInsureeImport } from './application/start-insuree-import.command';

/**
 * The bulk import's GraphQL API (start, progress, error report) and its CSV download. Builds without Redis
 * (print-schema): jobs are added through JobsModule (libs/jobs) when the process has one.
 */
@Module({
  providers: [StartInsureeImport, ImportQueries, LocationAccess, InsureeImportResolver],
  controllers: [ImportErrorsController],
})
export class ImportApiModule {}
