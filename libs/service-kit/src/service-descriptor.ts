import type { DynamicModule, INestApplication } from '@nestjs/common';
import type { MikroOrmModuleSyncOptions } from '@mikro-orm/nestjs';
import type { z } from 'zod';
import type { ServiceEnv } from '@imis/config';
import { streamName } from '@imis/messaging';
import { serviceDatabaseName, type ServicePersistence } from '@imis/persistence';

/** What every service process reads (serviceEnvSchema of @imis/config) plus where it listens. */
export type ServiceProcessEnv = ServiceEnv & { PORT: number };

/** What a service says about itself in `src/service.ts`; `defineService` adds what follows from its name. */
export interface ServiceDefinition<Env extends ServiceProcessEnv> {
  /** Bounded-context name, lowercase kebab-case: the subgraph, `imis_<name>` database and `<NAME>` stream are named after it. */
  readonly name: string;
  /** Where the API process listens by default (env PORT); `imis.port` of the service's package.json, which `npm start` reads. */
  readonly port: number;
  /** The process environment, validated at start (every variable in .env.example). */
  readonly envSchema: z.ZodType<Env, z.ZodTypeDef, unknown>;
  /** Its own entities and migrations, and the libraries whose tables its database holds. */
  readonly persistence: ServicePersistence;
  /** The database and GraphQL subgraph alone (no NATS, auth or Redis): print-schema builds it with an ORM that does not connect. */
  subgraph(orm: MikroOrmModuleSyncOptions, env: Env): DynamicModule;
  /** Builds the API process (migrating first when MIGRATE_ON_START); the caller listens. Also what the integration tests start. */
  app(env: Env): Promise<INestApplication>;
  /** Builds the worker process (`src/worker.ts`), when the service has one; it listens on PORT for /health and /metrics. */
  worker?(env: Env): Promise<INestApplication>;
}

/** A service as its entry points (`main.ts`, `worker.ts`, `migrate.ts`, `print-schema.ts`, `tools/create-migration.ts`) run it. */
export interface ServiceDescriptor<Env extends ServiceProcessEnv = ServiceProcessEnv> extends ServiceDefinition<Env> {
  /** `imis_<name>` (DATABASE_NAME overrides it). */
  readonly database: string;
  /** Its JetStream stream without EVENT_PREFIX: `LOCATION` ← `imis.location.>`. */
  readonly stream: string;
}

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The descriptor of a service, from what it says about itself. */
export function defineService<Env extends ServiceProcessEnv>(definition: ServiceDefinition<Env>): ServiceDescriptor<Env> {
  if (!NAME.test(definition.name)) throw new Error(`Invalid service name "${definition.name}": lowercase kebab-case expected`);
  return { ...definition, database: serviceDatabaseName(definition.name), stream: streamName('', definition.name) };
}
