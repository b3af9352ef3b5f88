import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { clientMutationPersistence } from '@imis/application';
import { insureeProjectionPersistence } from '@imis/insuree-projection';
import { locationProjectionPersistence } from '@imis/location-projection';
import { medicalProjectionPersistence } from '@imis/medical-projection';
import { messagingPersistence } from '@imis/messaging';
import { type ServiceDatabaseEnv, type ServicePersistence, serviceOrmConfigFrom } from '@imis/persistence';
import { policyProjectionPersistence } from '@imis/policy-projection';
import { jobsPersistence } from '@imis/jobs';
import { claimMigrations } from '../migrations/claim.migrations';
import { usageCounterEntities } from '../modules/adjudication/infrastructure/usage-counter.entities';
import { Claim, ClaimCodeCounter, ClaimItem, ClaimService } from '../modules/claim';
import { ClaimAdmin, HealthFacility } from '../modules/provider';

export const CLAIM_SERVICE = 'claim';

/**
 * The service's own tables and migrations, and the libraries' tables its database holds (history is always
 * there): the outbox and inbox, stored clientMutationId results, the location, insuree, medical and policy
 * projections (the read models claims are entered and adjudicated against).
 */
export const claimPersistence: ServicePersistence = {
  entities: [Claim, ClaimItem, ClaimService, ClaimCodeCounter, HealthFacility, ClaimAdmin, ...usageCounterEntities],
  migrations: claimMigrations,
  uses: [
    messagingPersistence,
    clientMutationPersistence,
    locationProjectionPersistence,
    insureeProjectionPersistence,
    medicalProjectionPersistence,
    policyProjectionPersistence,
    jobsPersistence,
  ],
};

export function claimOrmConfig(env: ServiceDatabaseEnv): Options<PostgreSqlDriver> {
  return serviceOrmConfigFrom(CLAIM_SERVICE, claimPersistence, env);
}
