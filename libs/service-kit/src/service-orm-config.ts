import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { type ServiceDatabaseEnv, serviceOrmConfigFrom } from '@imis/persistence';
import type { ServiceDescriptor } from './service-descriptor';

/** The service's MikroORM options: its database, its entities and migrations and those of the libraries it uses. */
export function serviceOrm(service: Pick<ServiceDescriptor, 'name' | 'persistence'>, env: ServiceDatabaseEnv): Options<PostgreSqlDriver> {
  return serviceOrmConfigFrom(service.name, service.persistence, env);
}
