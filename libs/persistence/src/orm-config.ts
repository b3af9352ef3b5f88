import { EntityClass, ReflectMetadataProvider, type MigrationObject, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { databaseUrl, serviceDatabaseName } from './database';
import { HistoryRecord } from './history-record.entity';
import { HistorySubscriber } from './history.subscriber';

export interface ServiceOrmOptions {
  /** Bounded context name: the database is imis_<service> unless `database` overrides it. */
  service: string;
  /** PostgreSQL server URL (its database part is ignored). */
  serverUrl: string;
  database?: string;
  entities: EntityClass<unknown>[];
  /** This service's migrations, in order (listed explicitly so no files are discovered at run time). */
  migrations: MigrationObject[];
  poolMax?: number;
  debug?: boolean;
}

/** MikroORM options shared by every service: one PostgreSQL database per service, history kept, UTC. */
export function serviceOrmConfig(options: ServiceOrmOptions): Options<PostgreSqlDriver> {
  const database = options.database ?? serviceDatabaseName(options.service);
  return {
    driver: PostgreSqlDriver,
    clientUrl: databaseUrl(options.serverUrl, database),
    dbName: database,
    entities: [HistoryRecord, ...options.entities],
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    subscribers: [new HistorySubscriber()],
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    pool: { min: 0, max: options.poolMax ?? 10 },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: options.debug ?? false,
  };
}
