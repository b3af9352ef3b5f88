import { ReflectMetadataProvider, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { historyPersistence } from './contribution/history.persistence';
import { mergePersistence, orderedContributions, type ServicePersistence } from './contribution/merge-persistence';
import type { PersistenceContribution } from './contribution/persistence-contribution';
import { databaseUrl, serviceDatabaseName, withPassword } from './database';
import { HistorySubscriber } from './history.subscriber';

export interface ServiceOrmOptions extends ServicePersistence {
  /** Bounded context name: the database is imis_<service> unless `database` overrides it. */
  service: string;
  /** PostgreSQL server URL (its database part is ignored). */
  serverUrl: string;
  database?: string;
  poolMax?: number;
  /** Seconds an unused pooled connection is kept (DATABASE_POOL_IDLE_SECONDS); default 600. */
  poolIdleSeconds?: number;
  debug?: boolean;
}

/** The variables a service process sets its database from (serviceEnvSchema of @imis/config). */
export interface ServiceDatabaseEnv {
  DATABASE_URL: string;
  /** The password of DATABASE_URL's user, when kept out of the URL (a secret file). */
  DATABASE_PASSWORD?: string;
  DATABASE_NAME?: string;
  DATABASE_POOL_MAX?: number;
  DATABASE_POOL_IDLE_SECONDS?: number;
}

/** Contributions every service database has, whatever it lists. */
const ALWAYS: readonly PersistenceContribution[] = [historyPersistence];

/**
 * MikroORM options shared by every service: one PostgreSQL database per service, history kept, UTC. The
 * entities and migrations of the libraries in `uses` (and history's) come before the service's own.
 */
export function serviceOrmConfig(options: ServiceOrmOptions): Options<PostgreSqlDriver> {
  const database = options.database ?? serviceDatabaseName(options.service);
  const { entities, migrations } = mergePersistence(options, orderedContributions(ALWAYS, options.uses));
  return {
    driver: PostgreSqlDriver,
    clientUrl: databaseUrl(options.serverUrl, database),
    dbName: database,
    entities,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    subscribers: [new HistorySubscriber()],
    extensions: [Migrator],
    migrations: {
      migrationsList: migrations,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    // The pool hands out the connection used last: the others serve only the peaks, and with tarn's default
    // (30 s unused) they were closed between peaks and opened cold at the next one (a new server process,
    // every prepared statement parsed and planned again): the eligibility enquiry at 200 requests/s had a burst
    // of slow requests every ~30 s, p99 24–40 ms direct to the policy service (8.4–9.3 ms with 10 minutes).
    pool: { min: 0, max: options.poolMax ?? 10, idleTimeoutMillis: (options.poolIdleSeconds ?? 600) * 1000 },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: options.debug ?? false,
  };
}

/** `serviceOrmConfig` of a service's declared persistence, connected as its environment says. */
export function serviceOrmConfigFrom(service: string, persistence: ServicePersistence, env: ServiceDatabaseEnv): Options<PostgreSqlDriver> {
  return serviceOrmConfig({
    service,
    serverUrl: databaseServerUrl(env),
    database: env.DATABASE_NAME,
    poolMax: env.DATABASE_POOL_MAX,
    poolIdleSeconds: env.DATABASE_POOL_IDLE_SECONDS,
    ...persistence,
  });
}

/** The server a service connects to: DATABASE_URL, with DATABASE_PASSWORD as its password when set. */
export function databaseServerUrl(env: Pick<ServiceDatabaseEnv, 'DATABASE_URL' | 'DATABASE_PASSWORD'>): string {
  return withPassword(env.DATABASE_URL, env.DATABASE_PASSWORD);
}

/** The migrations of the libraries a service uses (history's included), in the order they run. */
export function libraryMigrationNames(persistence: ServicePersistence): string[] {
  return orderedContributions(ALWAYS, persistence.uses).flatMap((contribution) => contribution.migrations.map(({ name }) => name));
}
