import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { REPO_ROOT, SUBGRAPHS } from '@imis/deployment';
import { createTestDatabase, freePort, randomEventPrefix, TestAuthority, testInfrastructure, type TestDatabase } from '@imis/testing';
import { postGraphQL } from './support/graphql-client';
import { BackgroundCommand, createScratchClone, removeScratchClone, runCommand } from './support/scratch-clone';
import { StreamReader } from './support/stream-reader';

/**
 * `npm run new-service demo` in a scratch copy of the repository: the service it creates passes its own
 * tests and migration check, `npm start` runs it (alone, IMIS_SERVICES=demo, on free ports, its own
 * database and event prefix) and the gateway serves its query and mutation. Nothing of it stays in the
 * repository.
 */
jest.setTimeout(240_000);

const CREATE_NOTE = `mutation($input: CreateDemoNoteInput!) { createDemoNote(input: $input) { note { id text } errors { code } } }`;
const NOTES = `{ demoNotes(first: 10) { totalCount edges { node { text } } } }`;

describe('npm run new-service', () => {
  const statusBefore = gitStatus();
  const prefix = randomEventPrefix();
  const port = Math.max(4000, ...SUBGRAPHS.map((service) => service.port)) + 1;
  let clone: string | undefined;
  let database: TestDatabase | undefined;
  let start: BackgroundCommand | undefined;
  /** The test process's environment without Jest's own variables, for commands run in the copy. */
  const baseEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('JEST_')));

  beforeAll(() => {
    clone = createScratchClone(REPO_ROOT);
  });

  afterAll(async () => {
    await start?.stop();
    if (clone) removeScratchClone(clone);
    await database?.drop();
  });

  it('creates services/demo, registers it and recomposes the supergraph with it', async () => {
    const created = await runCommand('npm', ['run', '-s', 'new-service', 'demo'], clone!, baseEnv);
    expect(created).toMatchObject({ code: 0 });
    for (const file of ['src/service.ts', 'src/main.ts', 'src/migrate.ts', 'src/print-schema.ts', 'tools/create-migration.ts', 'test/note.int-spec.ts', 'README.md']) {
      expect(existsSync(join(clone!, 'services/demo', file))).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(clone!, 'services/demo/package.json'), 'utf8')).imis).toEqual({ port });
    const lock = JSON.parse(readFileSync(join(clone!, 'package-lock.json'), 'utf8'));
    expect(lock.packages['services/demo']).toMatchObject({ name: '@imis/demo' });
    expect(readFileSync(join(clone!, 'README.md'), 'utf8')).toMatch(/^services\/demo\/ +Demo service/m);
    expect(readFileSync(join(clone!, 'gateway/supergraph.graphql'), 'utf8')).toContain(`DEMO @join__graph(name: "demo", url: "http://127.0.0.1:${port}/graphql")`);
  });

  it("gives a service whose tests pass and whose migrations match its entities", async () => {
    const tests = await runCommand('npx', ['jest', 'services/demo', '--selectProjects', 'unit', 'integration'], clone!, baseEnv);
    expect(tests.output).toMatch(/Tests: +\d+ passed, \d+ total/);
    expect(tests).toMatchObject({ code: 0 });
    const check = await runCommand('npm', ['run', '-s', 'migrations:check'], clone!, { ...baseEnv, IMIS_SERVICES: 'demo' });
    expect(check.output).toContain('demo: migrations are up to date.');
    expect(check).toMatchObject({ code: 0 });
  });

  it('runs under npm start and the gateway serves it', async () => {
    const { natsUrl, redisUrl } = await testInfrastructure();
    const authority = await TestAuthority.create();
    database = await createTestDatabase('e2e_demo');
    const [gatewayPort, demoPort] = [await freePort(), await freePort()];
    start = new BackgroundCommand('npm', ['start'], clone!, {
      ...baseEnv,
      IMIS_SERVICES: 'demo',
      GATEWAY_PORT: String(gatewayPort),
      DEMO_PORT: String(demoPort),
      DATABASE_URL: database.serverUrl,
      DATABASE_NAME: database.name,
      NATS_URL: natsUrl,
      REDIS_URL: redisUrl,
      EVENT_PREFIX: prefix,
      AUTH_JWKS: authority.jwks,
      LOG_LEVEL: 'warn',
    });
    const gateway = `http://127.0.0.1:${gatewayPort}`;
    await readyOrExited(`${gateway}/health/ready`, start, 150_000);

    const headers = { authorization: `Bearer ${await authority.administratorToken()}` };
    const created = await postGraphQL(`${gateway}/graphql`, CREATE_NOTE, { input: { text: 'Served through the gateway' } }, headers);
    expect(created.body).toEqual({ data: { createDemoNote: { note: { id: expect.any(String), text: 'Served through the gateway' }, errors: [] } } });
    const listed = await postGraphQL(`${gateway}/graphql`, NOTES, {}, headers);
    expect(listed.body).toEqual({ data: { demoNotes: { totalCount: 1, edges: [{ node: { text: 'Served through the gateway' } }] } } });
    const direct = await fetch(`http://127.0.0.1:${demoPort}/health/ready`);
    expect(direct.status).toBe(200);

    expect(await start.stop()).toBe('stopped');
    await expect(fetch(`${gateway}/health/live`)).rejects.toThrow();
    await expect(fetch(`http://127.0.0.1:${demoPort}/health/live`)).rejects.toThrow();
    const streams = await StreamReader.connect(natsUrl, prefix);
    await streams.removeStreams(['demo', 'location']);
  });

  it('leaves nothing in the repository', () => {
    removeScratchClone(clone!);
    expect(existsSync(clone!)).toBe(false);
    expect(existsSync(join(REPO_ROOT, 'services/demo'))).toBe(false);
    expect(existsSync(join(REPO_ROOT, 'node_modules/@imis/demo'))).toBe(false);
    expect(gitStatus()).toBe(statusBefore);
  });
});

function gitStatus(): string {
  return execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: REPO_ROOT }).toString();
}

/** Polls `url` until it answers 200; fails with the command's output if it exits first or time runs out. */
async function readyOrExited(url: string, command: BackgroundCommand, timeoutMs: number): Promise<void> {
  let exitCode: number | undefined;
  void command.exited.then((code) => (exitCode = code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`npm start exited with ${exitCode}:\n${command.output()}`);
    const status = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms:\n${command.output()}`);
}
