import { existsSync } from 'fs';
import { Socket } from 'net';

export interface TestInfrastructure {
  postgresUrl: string;
  natsUrl: string;
  redisUrl: string;
}

const DEFAULTS: TestInfrastructure = {
  postgresUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
  natsUrl: 'nats://127.0.0.1:4222',
  redisUrl: 'redis://127.0.0.1:6379',
};

const START_HINT = `Start the missing services, for example:
  PostgreSQL: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
  Redis:      redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
  NATS:       nats-server -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server &
or set DATABASE_URL / NATS_URL / REDIS_URL, or run Docker so Testcontainers can start them.`;

let resolved: Promise<TestInfrastructure> | undefined;

/**
 * Where the tests' PostgreSQL, NATS and Redis are: the env URLs, else the local defaults, else
 * containers when Docker is available; otherwise an error that says what to start.
 */
export function testInfrastructure(): Promise<TestInfrastructure> {
  resolved ??= resolveInfrastructure();
  return resolved;
}

async function resolveInfrastructure(): Promise<TestInfrastructure> {
  const wanted: TestInfrastructure = {
    postgresUrl: process.env.DATABASE_URL ?? DEFAULTS.postgresUrl,
    natsUrl: process.env.NATS_URL ?? DEFAULTS.natsUrl,
    redisUrl: process.env.REDIS_URL ?? DEFAULTS.redisUrl,
  };
  const missing = (
    await Promise.all(
      (Object.keys(wanted) as (keyof TestInfrastructure)[]).map(async (key) =>
        (await answers(wanted[key])) ? undefined : key,
      ),
    )
  ).filter((key): key is keyof TestInfrastructure => key !== undefined);
  if (missing.length === 0) return wanted;
  if (dockerAvailable()) return { ...wanted, ...(await startContainers(missing)) };
  throw new Error(`Not reachable: ${missing.map((key) => `${key} (${wanted[key]})`).join(', ')}.\n${START_HINT}`);
}

function answers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000);
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
    socket.connect(Number(port), hostname.replace(/^\[|\]$/g, ''));
  });
}

function dockerAvailable(): boolean {
  return existsSync('/var/run/docker.sock') || Boolean(process.env.DOCKER_HOST);
}

const IMAGES: Record<keyof TestInfrastructure, { image: string; port: number; command?: string[]; env?: Record<string, string>; url: (host: string, port: number) => string }> = {
  postgresUrl: {
    image: 'postgres:16-alpine',
    port: 5432,
    env: { POSTGRES_HOST_AUTH_METHOD: 'trust' },
    url: (host, port) => `postgres://postgres@${host}:${port}/postgres`,
  },
  natsUrl: { image: 'nats:2.10-alpine', port: 4222, command: ['-js'], url: (host, port) => `nats://${host}:${port}` },
  redisUrl: { image: 'redis:7-alpine', port: 6379, url: (host, port) => `redis://${host}:${port}` },
};

/** The part of the optional "testcontainers" package used here (it is installed only where Docker runs). */
interface Container {
  withExposedPorts(port: number): Container;
  withCommand(command: string[]): Container;
  withEnvironment(env: Record<string, string>): Container;
  start(): Promise<{ getHost(): string; getMappedPort(port: number): number }>;
}
interface TestcontainersModule {
  GenericContainer: new (image: string) => Container;
}

async function startContainers(missing: (keyof TestInfrastructure)[]): Promise<Partial<TestInfrastructure>> {
  let testcontainers: TestcontainersModule;
  try {
    testcontainers = require('testcontainers') as TestcontainersModule;
  } catch {
    throw new Error(`Docker is available but the "testcontainers" package is not installed (npm i -D testcontainers).\n${START_HINT}`);
  }
  const urls: Partial<TestInfrastructure> = {};
  for (const key of missing) {
    const spec = IMAGES[key];
    let container = new testcontainers.GenericContainer(spec.image).withExposedPorts(spec.port);
    if (spec.command) container = container.withCommand(spec.command);
    if (spec.env) container = container.withEnvironment(spec.env);
    const started = await container.start();
    urls[key] = spec.url(started.getHost(), started.getMappedPort(spec.port));
  }
  return urls;
}
