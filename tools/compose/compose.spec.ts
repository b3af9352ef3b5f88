import { readFileSync } from 'fs';
import { join } from 'path';
import { containerNeeds, gatewayContainerEnv, NODE_FLAGS, REPO_ROOT, SUBGRAPHS } from '@imis/deployment';
import { serviceJobQueues } from '../kubernetes/job-queues';
import { type ComposeExpectations, composeProblems } from './compose-checks';
import { type ComposeFile, environmentOf, mountsOf, parseCompose } from './compose-model';
import { envExampleProblems, exampleVariables } from './env-example-checks';

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const COMPOSE_TEXT = read('deploy/docker-compose.yml');
const ENV_EXAMPLE = read('deploy/.env.example');

/** What @imis/deployment knows of the services under services/ (as npm start and npm run k8s see them). */
const expected: ComposeExpectations = {
  services: SUBGRAPHS.map((subgraph) => ({
    ...subgraph,
    queues: subgraph.worker ? serviceJobQueues(REPO_ROOT, subgraph.name) : [],
    needs: { api: containerNeeds(subgraph, 'api'), worker: containerNeeds(subgraph, 'worker'), migrate: containerNeeds(subgraph, 'migrate') },
  })),
  gatewayEnv: gatewayContainerEnv(SUBGRAPHS),
  nodeFlags: NODE_FLAGS,
  dockerfile: 'deploy/Dockerfile',
};

/** A copy of the committed compose file to break in one place. */
const composeCopy = (): ComposeFile => parseCompose(COMPOSE_TEXT);

describe('deploy/docker-compose.yml', () => {
  const compose = parseCompose(COMPOSE_TEXT);

  it('runs every service npm start runs, its migrations, its worker, the gateway and the infrastructure, as they need', () => {
    expect(composeProblems(compose, expected)).toEqual([]);
    for (const service of SUBGRAPHS) {
      expect(compose.services).toHaveProperty([service.name]);
      expect(compose.services).toHaveProperty([`${service.name}-migrate`]);
      if (service.worker) expect(compose.services).toHaveProperty([`${service.name}-worker`]);
    }
  });

  it('runs the claim adjudication worker as a service of its own, scalable', () => {
    const worker = compose.services['claim-worker'];
    expect(worker.command).toContain('services/claim/src/worker.ts');
    expect(worker.ports).toBeUndefined();
    expect(environmentOf(compose.services.claim).JOBS_CONCURRENCY).toBe('claim-adjudication=0');
  });

  it('keeps photos, PostgreSQL, NATS and Redis in named volumes, and the photos writable by the processes', () => {
    expect(Object.keys(compose.volumes ?? {})).toEqual(expect.arrayContaining(['insuree-photos', 'postgres-data', 'nats-data', 'redis-data']));
    const photoDir = environmentOf(compose.services.insuree).PHOTO_DIR;
    expect(mountsOf(compose.services.insuree)).toContainEqual({ source: 'insuree-photos', target: photoDir });
    expect(mountsOf(compose.services['insuree-worker'])).toContainEqual({ source: 'insuree-photos', target: photoDir });
    // A new named volume copies the image's directory, owner included: deploy/Dockerfile creates it for node.
    expect(read('deploy/Dockerfile')).toMatch(new RegExp(`install -d -o node -g node [^\\n]*${photoDir}`));
  });

  it('starts from a deploy/.env made from deploy/.env.example: nothing missing, nothing silently empty', () => {
    expect(envExampleProblems(COMPOSE_TEXT, compose, ENV_EXAMPLE)).toEqual([]);
    const secrets = exampleVariables(ENV_EXAMPLE).filter((variable) => !variable.commented && variable.value === '');
    expect(secrets.map((variable) => variable.name)).toEqual(expect.arrayContaining(['POSTGRES_PASSWORD', 'IMIS_ADMIN_PASSWORD', 'PAYMENT_GATEWAY_SECRET', 'CLAIM_DATABASE_PASSWORD']));
  });

  it('caps JetStream’s disk and memory (deploy/nats/nats.conf, mounted into nats)', () => {
    const config = read('deploy/nats/nats.conf');
    expect(config).toMatch(/jetstream\s*\{[^}]*max_file_store:\s*\$JETSTREAM_MAX_FILE[^}]*max_memory_store:\s*\$JETSTREAM_MAX_MEMORY/s);
    expect(mountsOf(compose.services.nats)).toContainEqual({ source: './nats/nats.conf', target: '/etc/nats/imis.conf' });
    expect(environmentOf(compose.services.nats)).toMatchObject({ JETSTREAM_MAX_FILE: expect.any(String), JETSTREAM_MAX_MEMORY: expect.any(String) });
  });

  it('never serves /metrics through the TLS proxy', () => {
    const caddyfile = read('deploy/proxy/Caddyfile');
    expect(caddyfile).toMatch(/handle \/metrics\* \{\s*respond 404\s*\}/);
    expect(mountsOf(compose.services.proxy)).toContainEqual({ source: './proxy/Caddyfile', target: '/etc/caddy/Caddyfile' });
  });
});

describe('compose checks', () => {
  it('notice a service left out, a secret given in plain sight, a missing volume and a root container', () => {
    const compose = composeCopy();
    delete compose.services.claim;
    delete compose.services['insuree-worker'];
    const payment = compose.services.payment.environment as Record<string, string>;
    delete payment.PAYMENT_GATEWAY_SECRET_FILE;
    payment.PAYMENT_GATEWAY_SECRET = 'x'.repeat(32);
    compose.services.insuree.volumes = [];
    delete compose.services.redis.user;
    expect(composeProblems(compose, expected)).toEqual(
      expect.arrayContaining([
        'claim: missing (npm start runs it)',
        'gateway: depends on claim, which is not a service',
        'insuree-worker: missing (services/insuree/src/worker.ts)',
        'payment: PAYMENT_GATEWAY_SECRET is a secret: give PAYMENT_GATEWAY_SECRET_FILE, not the value',
        'insuree: PHOTO_DIR must be a named volume',
        'redis: runs as root (set user, or drop every capability with no-new-privileges)',
      ]),
    );
  });

  it('notice missing limits, log rotation, healthchecks, and a secret the process cannot read', () => {
    const compose = composeCopy();
    delete compose.services.location.deploy;
    delete compose.services.gateway.logging;
    delete compose.services.medical.healthcheck;
    compose.services.policy.secrets = [{ source: 'policy_database_password', mode: 0o400 }];
    expect(composeProblems(compose, expected)).toEqual(
      expect.arrayContaining([
        'location: no cpus and memory limits (deploy.resources.limits)',
        'gateway: no log rotation (logging: json-file with max-size and max-file)',
        'medical: no healthcheck',
        'medical: the healthcheck must ask /health/ready on 4004',
        'policy: secret policy_database_password (mode 400) is unreadable for node',
      ]),
    );
  });

  it('notice a variable without default, one missing from the example, and a secret with a shared default', () => {
    const text = `${COMPOSE_TEXT}\nx-extra: "\${SOMETHING} \${OTHER:-1}"\n`;
    const example = ENV_EXAMPLE.replace('POSTGRES_PASSWORD=\n', 'POSTGRES_PASSWORD=imis\n').replace('# LOG_MAX_FILES=5\n', '') + 'UNUSED=1\n';
    expect(envExampleProblems(text, parseCompose(text), example)).toEqual([
      'LOG_MAX_FILES (used by the compose file) is not in deploy/.env.example',
      '${SOMETHING} has neither a default (:-) nor a message (:?): it would be silently empty',
      'SOMETHING (used by the compose file) is not in deploy/.env.example',
      'OTHER (used by the compose file) is not in deploy/.env.example',
      'POSTGRES_PASSWORD (secret postgres_password) must be empty in deploy/.env.example: no shared default secret',
      'UNUSED is in deploy/.env.example but the compose file does not use it',
    ]);
  });
});
