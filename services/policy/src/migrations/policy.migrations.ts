import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261202201026_initial } from './Migration20261202201026_initial';
import { Migration20261202202432_policies } from './Migration20261202202432_policies';
import { Migration20261202203432_policy_jobs } from './Migration20261202203432_policy_jobs';
import { Migration20261202221629_contributions } from './Migration20261202221629_contributions';
import { Migration20261202225558_claim_usage } from './Migration20261202225558_claim_usage';
import { Migration20261203051927_renewal_filters } from './Migration20261203051927_renewal_filters';
import { Migration20261203083102_creation_order } from './Migration20261203083102_creation_order';

/**
 * Applied in this order, after the migrations of the libraries the service uses (policyPersistence);
 * listed explicitly so that nothing is discovered from the file system at run time. Write the next one
 * with tools/create-migration.ts and add it at the end.
 */
export const policyMigrations: MigrationObject[] = [
  { name: 'Migration20261202201026_initial', class: Migration20261202201026_initial },
  { name: 'Migration20261202202432_policies', class: Migration20261202202432_policies },
  { name: 'Migration20261202203432_policy_jobs', class: Migration20261202203432_policy_jobs },
  { name: 'Migration20261202221629_contributions', class: Migration20261202221629_contributions },
  { name: 'Migration20261202225558_claim_usage', class: Migration20261202225558_claim_usage },
  { name: 'Migration20261203051927_renewal_filters', class: Migration20261203051927_renewal_filters },
  // Lists page in creation order: a (created_at, id) index per large list.
  { name: 'Migration20261203083102_creation_order', class: Migration20261203083102_creation_order },
];
