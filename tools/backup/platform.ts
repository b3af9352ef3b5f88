import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { isAbsolute, join } from 'path';
import type { ZodObject, ZodRawShape, ZodTypeAny } from 'zod';
import { loadConfig, serviceEnvSchema } from '@imis/config';
import { REPO_ROOT, type SubgraphDefinition } from '@imis/deployment';
import type { PostgresServer } from './postgres-dump';

/** What the services connect to, read as they read it (DATABASE_PASSWORD_FILE and the like included). */
export function platformConnections(): { server: PostgresServer; natsUrl: string; eventPrefix: string } {
  const config = loadConfig(serviceEnvSchema);
  return { server: { url: config.DATABASE_URL, password: config.DATABASE_PASSWORD }, natsUrl: config.NATS_URL, eventPrefix: config.EVENT_PREFIX };
}

export function platformVersion(): { platform: string; commit?: string } {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  const git = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { platform: manifest.version, ...(git.status === 0 ? { commit: git.stdout.trim() } : {}) };
}

/**
 * The directory a service keeps in `variable` (`imis.deployment.directories` of its package.json): given on the
 * command line, else the variable's value here, else the service's own default (read from its environment
 * schema, so only then is its code loaded). Relative paths are from the repository root, as under `npm start`.
 */
export function serviceDirectory(service: SubgraphDefinition, variable: string, given: ReadonlyMap<string, string>): string {
  const path = given.get(`${service.name}.${variable}`) ?? (process.env[variable] || defaultOf(service, variable));
  return isAbsolute(path) ? path : join(REPO_ROOT, path);
}

function defaultOf(service: SubgraphDefinition, variable: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the descriptor is loaded only when its default is needed
  const exports = require(join(REPO_ROOT, `services/${service.name}/src/service.ts`)) as Record<string, { envSchema?: ZodTypeAny }>;
  const schema = Object.values(exports).find((value) => value?.envSchema)?.envSchema as ZodObject<ZodRawShape> | undefined;
  const value: unknown = schema?.shape?.[variable]?.parse(undefined);
  if (typeof value !== 'string') throw new Error(`${service.name}: no default for ${variable}; set it, or give --directory ${service.name}.${variable}=<path>`);
  return value;
}
