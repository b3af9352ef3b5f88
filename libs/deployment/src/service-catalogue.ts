import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { REPO_ROOT } from './repo-root';
import type { ServiceDeployment, SubgraphDefinition } from './subgraphs';

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** A folder under `services/` as found on disk. */
export interface ServiceFolder {
  folder: string;
  /** Its package.json: `{ "name": "@imis/<folder>", "imis": { "port": 4001, "deployment": { … } } }`. */
  manifest: { name?: string; imis?: { port?: unknown; deployment?: unknown } };
  hasWorker: boolean;
}

/** The services under `<root>/services` (see `serviceCatalogue`). */
export function discoverServices(root: string = REPO_ROOT): SubgraphDefinition[] {
  const services = join(root, 'services');
  if (!existsSync(services)) return [];
  const folders = readdirSync(services, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(services, entry.name, 'package.json')))
    .map(
      (entry): ServiceFolder => ({
        folder: entry.name,
        manifest: JSON.parse(readFileSync(join(services, entry.name, 'package.json'), 'utf8')) as ServiceFolder['manifest'],
        hasWorker: existsSync(join(services, entry.name, 'src/worker.ts')),
      }),
    );
  return serviceCatalogue(folders);
}

/**
 * Every folder whose package.json has `imis.port` is a service, listed in port order. Refuses a folder
 * whose package is not `@imis/<folder>`, a port that is not one, and two services on one port.
 */
export function serviceCatalogue(folders: readonly ServiceFolder[]): SubgraphDefinition[] {
  const services = folders
    .filter(({ manifest }) => manifest.imis?.port !== undefined)
    .map(serviceDefinition)
    .sort((a, b) => a.port - b.port);
  const taken = new Map<number, string>();
  for (const service of services) {
    const other = taken.get(service.port);
    if (other) throw new Error(`services/${other} and services/${service.name} both use port ${service.port} (imis.port in package.json)`);
    taken.set(service.port, service.name);
  }
  return services;
}

function serviceDefinition({ folder: name, manifest, hasWorker }: ServiceFolder): SubgraphDefinition {
  const port = manifest.imis?.port;
  if (!NAME.test(name)) throw new Error(`services/${name}: a service folder is named in lowercase kebab-case`);
  if (manifest.name !== `@imis/${name}`) throw new Error(`services/${name}/package.json: the package must be named @imis/${name}`);
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`services/${name}/package.json: imis.port must be a port number`);
  }
  const source = `services/${name}/src`;
  const variable = name.toUpperCase().replace(/-/g, '_');
  return {
    name,
    urlEnv: `${variable}_URL`,
    defaultUrl: `http://127.0.0.1:${port}/graphql`,
    schemaCommand: `${source}/print-schema.ts`,
    entry: `${source}/main.ts`,
    ...(hasWorker ? { worker: `${source}/worker.ts` } : {}),
    migrate: `${source}/migrate.ts`,
    createMigration: `services/${name}/tools/create-migration.ts`,
    port,
    portEnv: `${variable}_PORT`,
    deployment: serviceDeployment(name, manifest.imis?.deployment),
  };
}

const VARIABLE = /^[A-Z][A-Z0-9_]*$/;
const DEPLOYMENT_KEYS = ['env', 'secrets', 'directories'] as const;

/** `imis.deployment` of a service's package.json: lists of variable names, each optional. */
function serviceDeployment(name: string, declared: unknown): ServiceDeployment {
  const where = `services/${name}/package.json: imis.deployment`;
  if (declared === undefined) return { env: [], secrets: [], directories: [] };
  if (typeof declared !== 'object' || declared === null) throw new Error(`${where} must be an object`);
  const unknown = Object.keys(declared).filter((key) => !(DEPLOYMENT_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) throw new Error(`${where} has unknown keys: ${unknown.join(', ')} (known: ${DEPLOYMENT_KEYS.join(', ')})`);
  const list = (key: (typeof DEPLOYMENT_KEYS)[number]): string[] => {
    const value = (declared as Record<string, unknown>)[key] ?? [];
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && VARIABLE.test(item))) {
      throw new Error(`${where}.${key} must be a list of variable names`);
    }
    return value as string[];
  };
  return { env: list('env'), secrets: list('secrets'), directories: list('directories') };
}
