import type { ProjectionUnderTest } from '@imis/testing';
import { insureeProjectionEntities, insureeProjectionMigrations, InsureeProjectionModule } from '../src';

/** The insuree projection as its tests start it (ProjectionHarness), with its module as the host imports it. */
export const insureeProjectionUnderTest = (module: ProjectionUnderTest['module'] = InsureeProjectionModule): ProjectionUnderTest => ({
  producer: 'insuree',
  consumer: 'insuree-projection',
  entities: insureeProjectionEntities,
  migrations: insureeProjectionMigrations,
  tables: 'projected_',
  module,
});
