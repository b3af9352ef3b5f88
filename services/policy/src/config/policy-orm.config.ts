import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { clientMutationPersistence } from '@imis/application';
import { jobsPersistence } from '@imis/jobs';
import { locationProjectionPersistence } from '@imis/location-projection';
import { insureeProjectionPersistence } from '@imis/insuree-projection';
import { medicalProjectionPersistence } from '@imis/medical-projection';
import { messagingPersistence } from '@imis/messaging';
import { officerProjectionPersistence } from '@imis/officer-projection';
import { type ServiceDatabaseEnv, type ServicePersistence, serviceOrmConfigFrom } from '@imis/persistence';
import { policyMigrations } from '../migrations/policy.migrations';
import { PolicyContributionState } from '../modules/activation';
import { CLAIM_USAGE_ENTITIES } from '../modules/claim-usage';
import { FundingFamily } from '../modules/funding';
import { InsureePolicy, Policy } from '../modules/policy';
import { Product } from '../modules/product';
import { PolicyJobRun, PolicyRenewal, PolicyRenewalPhoto, RenewalNotification } from '../modules/renewal';

export const POLICY_SERVICE = 'policy';

/**
 * The service's own tables and migrations, and the libraries' tables its database holds (history is always
 * there): the outbox and inbox, stored clientMutationId results, the location, medical, insuree and officer projections, the job table.
 */
export const policyPersistence: ServicePersistence = {
  entities: [Product, Policy, InsureePolicy, PolicyContributionState, FundingFamily, PolicyJobRun, PolicyRenewal, PolicyRenewalPhoto, RenewalNotification, ...CLAIM_USAGE_ENTITIES],
  migrations: policyMigrations,
  uses: [messagingPersistence, clientMutationPersistence, locationProjectionPersistence, medicalProjectionPersistence, insureeProjectionPersistence, officerProjectionPersistence, jobsPersistence],
};

export function policyOrmConfig(env: ServiceDatabaseEnv): Options<PostgreSqlDriver> {
  return serviceOrmConfigFrom(POLICY_SERVICE, policyPersistence, env);
}
