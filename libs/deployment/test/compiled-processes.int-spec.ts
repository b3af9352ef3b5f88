import { randomBytes } from 'crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import {
  COMPILED_DIR_ENV,
  compileSources,
  composeSupergraph,
  printSubgraphSdl,
  REPO_ROOT,
  runProcess,
  startProcess,
  stopAll,
  SUBGRAPHS,
  waitForReady,
} from '@imis/deployment';
import { createTestDatabase, freePort, randomEventPrefix, TestAuthority, testInfrastructure, type TestDatabase } from '@imis/testing';

/**
 * What `npm start` runs: the sources compiled by compileSources, and the location service and the gateway
 * started from the compiled JavaScript (IMIS_COMPILED_DIR), answering a query with a verified token.
 */
jest.setTimeout(180_000);

describe('compiled processes', () => {
  const outDir = join('var', `test-dist-${randomBytes(4).toString('hex')}`);
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('compiled');
  });

  afterAll(async () => {
    await stopAll();
    await database?.drop();
    rmSync(join(REPO_ROOT, outDir), { recursive: true, force: true });
  });

  it('compiles every source once, then only what changed', async () => {
    const first = await compileSources(join(REPO_ROOT, outDir));
    expect(first.compiled).toBeGreaterThan(100);
    const main = join(REPO_ROOT, outDir, 'services/location/src/main.js');
    expect(readFileSync(main, 'utf8')).not.toContain('@imis/');
    expect(existsSync(join(REPO_ROOT, outDir, 'libs/observability/src/json-body.spec.js'))).toBe(false);
    const second = await compileSources(join(REPO_ROOT, outDir));
    expect(second).toMatchObject({ compiled: 0, unchanged: first.compiled + first.unchanged, removed: 0 });
  });

  it('runs the location service and the gateway from the compiled JavaScript', async () => {
    const { natsUrl } = await testInfrastructure();
    const authority = await TestAuthority.create();
    const compiled = { [COMPILED_DIR_ENV]: outDir };
    const [locationPort, gatewayPort] = [await freePort(), await freePort()];
    const env = {
      ...compiled,
      DATABASE_URL: database.serverUrl,
      DATABASE_NAME: database.name,
      NATS_URL: natsUrl,
      EVENT_PREFIX: randomEventPrefix(),
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      AUTH_JWKS: authority.jwks,
    };
    expect(await runProcess('migrate', 'services/location/src/migrate.ts', env, { quiet: true })).toBe(0);
    const location = startProcess('location', 'services/location/src/main.ts', { ...env, PORT: String(locationPort) }, { quiet: true });
    await waitForReady(`http://127.0.0.1:${locationPort}/health/ready`, 60_000, location);
    expect(location.child.spawnargs).toContain(join(REPO_ROOT, outDir, 'services/location/src/main.js'));
    expect(location.child.spawnargs).not.toContain('@swc-node/register');

    const composed = composeSupergraph([{ ...(await printSubgraphSdl(SUBGRAPHS.find(({ name }) => name === 'location')!)), url: `http://127.0.0.1:${locationPort}/graphql` }]);
    if (!composed.ok) throw new Error(composed.errors.join('\n'));
    const supergraphPath = join(REPO_ROOT, outDir, 'supergraph.graphql');
    writeFileSync(supergraphPath, composed.supergraphSdl);
    const gateway = startProcess(
      'gateway',
      'gateway/src/main.ts',
      { ...compiled, GATEWAY_PORT: String(gatewayPort), HOST: '127.0.0.1', LOCATION_URL: `http://127.0.0.1:${locationPort}/graphql`, SUPERGRAPH_PATH: supergraphPath, AUTH_JWKS: authority.jwks, LOG_LEVEL: 'warn' },
      { quiet: true },
    );
    await waitForReady(`http://127.0.0.1:${gatewayPort}/health/ready`, 60_000, gateway);
    const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await authority.administratorToken()}` },
      body: JSON.stringify({ query: '{ locations(first: 1) { totalCount } }' }),
    });
    expect(await response.json()).toEqual({ data: { locations: { totalCount: 0 } } });
  });
});
