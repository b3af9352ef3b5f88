import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { clientMutationPersistence } from '@imis/application';
import { insureeProjectionPersistence } from '@imis/insuree-projection';
import { jobsPersistence } from '@imis/jobs';
import { locationProjectionPersistence } from '@imis/location-projection';
import { messagingPersistence } from '@imis/messaging';
import { officerProjectionPersistence } from '@imis/officer-projection';
import { type ServiceDatabaseEnv, type ServicePersistence, serviceOrmConfigFrom } from '@imis/persistence';
import { policyProjectionPersistence } from '@imis/policy-projection';
import { paymentMigrations } from '../migrations/payment.migrations';
import { GatewayNotification, Payment, PaymentDetail, PaymentNotification } from '../modules/payment';
import { PaymentPremium } from '../modules/premium';

export const PAYMENT_SERVICE = 'payment';

/**
 * The service's own tables and migrations, and the libraries' tables its database holds (history is always
 * there): the outbox and inbox, stored clientMutationId results, the location, insuree, policy and officer projections, the job table.
 */
export const paymentPersistence: ServicePersistence = {
  entities: [Payment, PaymentDetail, GatewayNotification, PaymentNotification, PaymentPremium],
  migrations: paymentMigrations,
  uses: [messagingPersistence, clientMutationPersistence, locationProjectionPersistence, insureeProjectionPersistence, policyProjectionPersistence, officerProjectionPersistence, jobsPersistence],
};

export function paymentOrmConfig(env: ServiceDatabaseEnv): Options<PostgreSqlDriver> {
  return serviceOrmConfigFrom(PAYMENT_SERVICE, paymentPersistence, env);
}
