import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { clientMutationPersistence } from '@imis/application';
import { insureeProjectionPersistence } from '@imis/insuree-projection';
import { locationProjectionPersistence } from '@imis/location-projection';
import { messagingPersistence } from '@imis/messaging';
import { policyProjectionPersistence } from '@imis/policy-projection';
import { type ServiceDatabaseEnv, type ServicePersistence, serviceOrmConfigFrom } from '@imis/persistence';
import { contributionMigrations } from '../migrations/contribution.migrations';
import { Funding } from '../modules/funding';
import { Payer } from '../modules/payer';
import { PolicyContributionsRow, Premium } from '../modules/premium';

export const CONTRIBUTION_SERVICE = 'contribution';

/**
 * The service's own tables and migrations, and the libraries' tables its database holds (history is always
 * there): the outbox and inbox, stored clientMutationId results, the location, insuree (families' villages for
 * scope) and policy (products, policies) projections.
 */
export const contributionPersistence: ServicePersistence = {
  entities: [Premium, PolicyContributionsRow, Payer, Funding],
  migrations: contributionMigrations,
  uses: [messagingPersistence, clientMutationPersistence, locationProjectionPersistence, insureeProjectionPersistence, policyProjectionPersistence],
};

export function contributionOrmConfig(env: ServiceDatabaseEnv): Options<PostgreSqlDriver> {
  return serviceOrmConfigFrom(CONTRIBUTION_SERVICE, contributionPersistence, env);
}
