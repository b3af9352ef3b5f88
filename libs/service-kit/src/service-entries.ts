import { loadConfig } from '@imis/config';
import { printSubgraphSchema } from '@imis/graphql';
import { databaseServerUrl, libraryMigrationNames, migrateDatabase, runMigrationTool } from '@imis/persistence';
import { runEntry } from './run-entry';
import type { ServiceDescriptor, ServiceProcessEnv } from './service-descriptor';
import { serviceOrm } from './service-orm-config';

/** `src/main.ts`: the API process on PORT/HOST until SIGTERM. */
export function runServiceApi<Env extends ServiceProcessEnv>(service: ServiceDescriptor<Env>): void {
  runEntry(async () => {
    const env = loadConfig(service.envSchema);
    const app = await service.app(env);
    await app.listen(env.PORT, env.HOST);
  });
}

/** `src/worker.ts`: the worker process; it serves /health and /metrics on PORT (give it a port of its own). */
export function runServiceWorker<Env extends ServiceProcessEnv>(service: ServiceDescriptor<Env>): void {
  runEntry(async () => {
    if (!service.worker) throw new Error(`The ${service.name} service has no worker`);
    const env = loadConfig(service.envSchema);
    const app = await service.worker(env);
    await app.listen(env.PORT, env.HOST);
  });
}

/**
 * `src/migrate.ts`: creates the service's database when missing (imis_<name>, or DATABASE_NAME), applies
 * the pending migrations (the libraries' first), prints what it applied as one JSON line and exits.
 */
export function runServiceMigrations<Env extends ServiceProcessEnv>(service: ServiceDescriptor<Env>): void {
  runEntry(
    async () => {
      const env = loadConfig(service.envSchema);
      const orm = serviceOrm(service, env);
      const applied = await migrateDatabase(orm, databaseServerUrl(env));
      console.log(JSON.stringify({ service: service.name, database: orm.dbName, applied }));
    },
    () => process.exit(0),
  );
}

/** `src/print-schema.ts`: the subgraph's federation SDL on stdout; needs no database, NATS, Redis or keys. */
export function printServiceSchema<Env extends ServiceProcessEnv>(service: ServiceDescriptor<Env>): void {
  const env = loadConfig(service.envSchema, {});
  printSubgraphSchema(service.subgraph({ ...serviceOrm(service, env), connect: false }, env));
}

/**
 * `tools/create-migration.ts [name | --check]`: writes the next migration of the service from its entities
 * into `migrationsDir` (then list it in the service's migrations), or with --check exits 1 when entities
 * and migrations differ or a library migration is not idempotent.
 */
export function runServiceMigrationTool<Env extends ServiceProcessEnv>(service: ServiceDescriptor<Env>, migrationsDir: string, argument = process.argv[2]): void {
  runEntry(async () => {
    const env = loadConfig(service.envSchema);
    const outcome = await runMigrationTool(
      {
        service: service.name,
        serverUrl: databaseServerUrl(env),
        ormConfig: (database) => serviceOrm(service, { ...env, DATABASE_NAME: database }),
        migrationsDir,
        rerunOnCheck: libraryMigrationNames(service.persistence),
      },
      argument,
    );
    if (outcome === 'drift') process.exitCode = 1;
  });
}
