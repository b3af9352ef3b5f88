import type { ServiceDeployment } from '@imis/deployment';
import {
  type ComposeFile,
  type ComposeService,
  dependenciesOf,
  environmentOf,
  healthcheckOf,
  isOneShot,
  mountsOf,
  secretsOf,
} from './compose-model';
import { type KubernetesService, queuesLeftToWorkers } from '../kubernetes/manifests';

/** A service of the platform as the compose file must run it: as the Kubernetes manifests see it, with its container needs. */
export interface ExpectedService extends KubernetesService {
  needs: Record<'api' | 'worker' | 'migrate', ServiceDeployment>;
}

export interface ComposeExpectations {
  services: ExpectedService[];
  gatewayEnv: string[];
  nodeFlags: readonly string[];
  /** The Dockerfile every process is built from, relative to the build context (the repository). */
  dockerfile: string;
}

const INFRASTRUCTURE = ['postgres', 'redis', 'nats'];
/** Optional services (compose profiles) that the platform does not need to start. */
const OPTIONAL = ['proxy', 'prometheus', 'grafana'];
const PROCESS_USER = 'node';
const SECRETS_DIR = '/run/secrets/';
const WORLD_READABLE = 0o004;

type Problems = string[];

/** Everything wrong with the compose file for these services, one line each (none: it runs the platform). */
export function composeProblems(compose: ComposeFile, expected: ComposeExpectations): Problems {
  const problems: Problems = [];
  const services = compose.services ?? {};
  for (const [name, service] of Object.entries(services)) problems.push(...containerProblems(name, service, compose));
  for (const name of [...INFRASTRUCTURE, 'gateway']) if (!services[name]) problems.push(`${name}: missing`);
  for (const service of expected.services) problems.push(...platformServiceProblems(service, compose, expected));
  problems.push(...gatewayProblems(services.gateway, expected));
  problems.push(...infrastructureProblems(compose, expected));
  const known = new Set([...INFRASTRUCTURE, ...OPTIONAL, 'gateway', ...expected.services.flatMap((s) => [s.name, `${s.name}-migrate`, `${s.name}-worker`])]);
  for (const name of Object.keys(services)) if (!known.has(name)) problems.push(`${name}: not a process of the platform (a service removed from services/?)`);
  return problems;
}

/** What every container needs: limits, log rotation, no root (or root without capabilities), a healthcheck. */
function containerProblems(name: string, service: ComposeService, compose: ComposeFile): Problems {
  const problems: Problems = [];
  const limits = service.deploy?.resources?.limits;
  if (!limits?.cpus || !limits.memory) problems.push(`${name}: no cpus and memory limits (deploy.resources.limits)`);
  const logging = service.logging;
  if (logging?.driver !== 'json-file' || !logging.options?.['max-size'] || !logging.options['max-file']) {
    problems.push(`${name}: no log rotation (logging: json-file with max-size and max-file)`);
  }
  const user = service.user === undefined ? undefined : String(service.user);
  const root = user === undefined || /^(root|0)(:|$)/.test(user);
  const withoutCapabilities = service.cap_drop?.includes('ALL') && service.security_opt?.includes('no-new-privileges:true');
  if (root && !withoutCapabilities) problems.push(`${name}: runs as root (set user, or drop every capability with no-new-privileges)`);
  if (!isOneShot(service) && !healthcheckOf(service)) problems.push(`${name}: no healthcheck`);
  for (const [dependency] of dependenciesOf(service)) if (!compose.services[dependency]) problems.push(`${name}: depends on ${dependency}, which is not a service`);
  for (const [secret, mode] of secretsOf(service)) {
    if (!compose.secrets?.[secret]) problems.push(`${name}: secret ${secret} is not defined`);
    if (!root && mode !== undefined && (mode & WORLD_READABLE) === 0) problems.push(`${name}: secret ${secret} (mode ${mode.toString(8)}) is unreadable for ${user}`);
  }
  for (const { source } of mountsOf(service)) {
    if (!source.startsWith('.') && !source.startsWith('/') && !(source in (compose.volumes ?? {}))) problems.push(`${name}: volume ${source} is not declared`);
  }
  return problems;
}

function platformServiceProblems(expected: ExpectedService, compose: ComposeFile, all: ComposeExpectations): Problems {
  const problems: Problems = [];
  const migrateName = `${expected.name}-migrate`;
  const workerName = `${expected.name}-worker`;
  const api = compose.services[expected.name];
  const migrate = compose.services[migrateName];
  const worker = compose.services[workerName];
  if (!migrate) problems.push(`${migrateName}: missing`);
  else problems.push(...processProblems(migrateName, migrate, expected, expected.migrate, expected.needs.migrate, compose, all));
  if (migrate && !isOneShot(migrate)) problems.push(`${migrateName}: must run once (restart: "no")`);
  if (migrate && dependenciesOf(migrate).get('postgres') !== 'service_healthy') problems.push(`${migrateName}: must wait for postgres to be healthy`);

  if (!api) return [...problems, `${expected.name}: missing (npm start runs it)`];
  problems.push(...processProblems(expected.name, api, expected, expected.entry, expected.needs.api, compose, all), ...runningProblems(expected.name, api, expected));
  const leftToWorker = expected.worker ? queuesLeftToWorkers(expected.queues) : undefined;
  if (leftToWorker && environmentOf(api).JOBS_CONCURRENCY !== leftToWorker) problems.push(`${expected.name}: JOBS_CONCURRENCY must be ${leftToWorker} (its worker runs the jobs)`);

  if (!expected.worker) {
    if (worker) problems.push(`${workerName}: the service has no src/worker.ts`);
    return problems;
  }
  if (!worker) return [...problems, `${workerName}: missing (services/${expected.name}/src/worker.ts)`];
  problems.push(...processProblems(workerName, worker, expected, expected.worker, expected.needs.worker, compose, all), ...runningProblems(workerName, worker, expected));
  const jobs = environmentOf(worker).JOBS_CONCURRENCY ?? '';
  for (const queue of expected.queues) if (!jobs.includes(`${queue}=`) || jobs.includes(`${queue}=0`)) problems.push(`${workerName}: JOBS_CONCURRENCY must run ${queue}`);
  if (worker.ports?.length || worker.container_name) problems.push(`${workerName}: a published port or a container_name keeps it from scaling`);
  return problems;
}

/** A process of the platform: its image, command, user and what its environment must hold. */
function processProblems(
  name: string,
  service: ComposeService,
  expected: ExpectedService,
  entry: string,
  needs: ServiceDeployment,
  compose: ComposeFile,
  all: ComposeExpectations,
): Problems {
  const problems: Problems = [];
  if (service.build?.dockerfile !== all.dockerfile || service.build.context !== '..') problems.push(`${name}: not built from ${all.dockerfile} with the repository as context`);
  if (String(service.user) !== PROCESS_USER) problems.push(`${name}: must run as ${PROCESS_USER}`);
  const command = ['node', ...all.nodeFlags, '-r', '@swc-node/register', entry];
  if (JSON.stringify(service.command) !== JSON.stringify(command)) problems.push(`${name}: command must be ${command.join(' ')}`);
  const env = environmentOf(service);
  for (const variable of needs.env) if (!(variable in env)) problems.push(`${name}: ${variable} is not set`);
  const role = `imis_${expected.name.replace(/-/g, '_')}`;
  const database = env.DATABASE_URL ? new URL(env.DATABASE_URL) : undefined;
  if (database && (database.username !== role || database.pathname !== `/${role}` || database.password)) {
    problems.push(`${name}: DATABASE_URL must connect as ${role} to ${role}, its password from a secret`);
  }
  const granted = secretsOf(service);
  for (const variable of needs.secrets) {
    if (variable in env) problems.push(`${name}: ${variable} is a secret: give ${variable}_FILE, not the value`);
    const file = env[`${variable}_FILE`];
    const secret = file?.startsWith(SECRETS_DIR) ? file.slice(SECRETS_DIR.length) : undefined;
    if (!secret) problems.push(`${name}: ${variable}_FILE must name a secret under ${SECRETS_DIR}`);
    else if (!granted.has(secret)) problems.push(`${name}: ${variable}_FILE names secret ${secret}, not granted to it`);
    else if (!compose.secrets?.[secret]?.environment && !compose.secrets?.[secret]?.file) problems.push(`${name}: secret ${secret} has no source`);
  }
  const mounts = mountsOf(service);
  for (const variable of needs.directories) {
    const mount = mounts.find((candidate) => candidate.target === env[variable]);
    if (!env[variable] || !mount || !(mount.source in (compose.volumes ?? {}))) problems.push(`${name}: ${variable} must be a named volume`);
  }
  return problems;
}

/** An API or worker process: its port, readiness and start order. */
function runningProblems(name: string, service: ComposeService, expected: ExpectedService): Problems {
  const problems: Problems = [];
  if (environmentOf(service).PORT !== String(expected.port)) problems.push(`${name}: PORT must be ${expected.port}`);
  if (!healthcheckOf(service).includes(`127.0.0.1:${expected.port}/health/ready`)) problems.push(`${name}: the healthcheck must ask /health/ready on ${expected.port}`);
  const dependencies = dependenciesOf(service);
  if (dependencies.get(`${expected.name}-migrate`) !== 'service_completed_successfully') problems.push(`${name}: must start after ${expected.name}-migrate succeeded`);
  for (const infrastructure of INFRASTRUCTURE) {
    if (dependencies.get(infrastructure) !== 'service_healthy') problems.push(`${name}: must wait for ${infrastructure} to be healthy`);
  }
  return problems;
}

function gatewayProblems(gateway: ComposeService | undefined, expected: ComposeExpectations): Problems {
  if (!gateway) return [];
  const problems: Problems = [];
  const env = environmentOf(gateway);
  for (const variable of expected.gatewayEnv) if (!(variable in env)) problems.push(`gateway: ${variable} is not set`);
  const dependencies = dependenciesOf(gateway);
  for (const service of expected.services) {
    const url = `http://${service.name}:${service.port}/graphql`;
    if (env[service.urlEnv] !== url) problems.push(`gateway: ${service.urlEnv} must be ${url}`);
    if (dependencies.get(service.name) !== 'service_healthy') problems.push(`gateway: must wait for ${service.name} to be healthy`);
  }
  if (!healthcheckOf(gateway).includes('/health/ready')) problems.push('gateway: the healthcheck must ask /health/ready');
  return problems;
}

function infrastructureProblems(compose: ComposeFile, expected: ComposeExpectations): Problems {
  const { postgres, redis, nats } = compose.services;
  const problems: Problems = [];
  const mountedAt = (service: ComposeService | undefined, target: string) => mountsOf(service ?? {}).find((mount) => mount.target === target);
  const volumeAt = (name: string, service: ComposeService | undefined, target: string) => {
    const mount = mountedAt(service, target);
    if (!mount || !(mount.source in (compose.volumes ?? {}))) problems.push(`${name}: ${target} must be a named volume`);
  };
  volumeAt('postgres', postgres, '/var/lib/postgresql/data');
  volumeAt('redis', redis, '/data');
  volumeAt('nats', nats, '/data');
  if (postgres && !mountedAt(postgres, '/docker-entrypoint-initdb.d')) problems.push('postgres: the role script (deploy/postgres/initdb) is not mounted');
  const postgresSecrets = secretsOf(postgres ?? {});
  const postgresEnv = environmentOf(postgres ?? {});
  if (!postgresEnv.POSTGRES_PASSWORD_FILE?.startsWith(SECRETS_DIR)) problems.push('postgres: POSTGRES_PASSWORD_FILE must name a secret');
  for (const service of expected.services) {
    const file = environmentOf(compose.services[service.name] ?? {}).DATABASE_PASSWORD_FILE ?? '';
    const secret = `${service.name.replace(/-/g, '_')}_database_password`;
    if (file !== `${SECRETS_DIR}${secret}` || !postgresSecrets.has(secret)) problems.push(`postgres: needs secret ${secret}, the password of ${service.name}'s role`);
  }
  if (redis && !(redis.command ?? []).join(' ').includes('noeviction')) problems.push('redis: BullMQ needs --maxmemory-policy noeviction');
  return problems;
}
