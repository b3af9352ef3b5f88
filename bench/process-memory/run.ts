/**
 * Memory of every process `npm start` runs: compiles the sources as `npm start` does, starts each deployed
 * service (IMIS_SERVICES, default all) and the gateway as `npm start` starts them (compiled JavaScript,
 * same entries and launch), on free ports with bench databases (`imis_<service>_rss`), an event prefix and
 * a queue prefix of their own, waits until they are ready, lets them idle, and prints each process's
 * resident memory (VmRSS, and its peak VmHWM, from /proc). With `--load <seconds>` it then signs in through
 * the gateway and sends the bench query (`locations(first: 10)`) over 10 connections for that long, idles
 * again and prints the figures once more. Linux only (/proc).
 *
 *   npm run bench:rss -- [--idle 60] [--load 10] [--typescript]
 *
 * `--typescript` runs the processes through @swc-node/register instead, as `npm start` did before ADR 0005's
 * seventh round, for comparison. `--detail` adds, per process, V8's heap (used / reserved), the memory
 * outside it (RSS − heap) and the number of loaded modules (memory-report.preload.js).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { arch, cpus, loadavg, platform, tmpdir } from 'os';
import { join, resolve } from 'path';
import {
  COMPILED_DIR,
  COMPILED_DIR_ENV,
  compileSources,
  deployedSubgraphs,
  type ManagedProcess,
  runProcess,
  startProcess,
  stopAll,
  SUBGRAPHS,
  waitForReady,
} from '@imis/deployment';
import { freePort } from '@imis/testing';
import { measure } from '../gateway-overhead/measure';
import { supergraphOf } from '../support/supergraph';

const QUERY = '{ locations(first: 10) { totalCount edges { node { id code name } } } }';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

interface Running {
  process: ManagedProcess;
  url: string;
}

async function main(): Promise<void> {
  const idleSeconds = Number(option('idle', '60'));
  const detail = process.argv.includes('--detail') ? mkdtempSync(join(tmpdir(), 'imis-rss-detail-')) : undefined;
  if (detail) {
    process.once('exit', () => rmSync(detail, { recursive: true, force: true }));
    process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --require ${resolve(__dirname, 'memory-report.preload.js')}`.trim();
    process.env.MEMORY_REPORT_DIR = detail;
  }
  const loadSeconds = Number(option('load', '0'));
  if (process.argv.includes('--typescript')) delete process.env[COMPILED_DIR_ENV];
  else {
    const report = await compileSources();
    console.log(`Compiled ${report.compiled} files (${report.unchanged} unchanged) in ${report.milliseconds} ms`);
    process.env[COMPILED_DIR_ENV] = COMPILED_DIR;
  }
  const subgraphs = deployedSubgraphs();
  const host = '127.0.0.1';
  const ports = new Map<string, number>();
  for (const subgraph of subgraphs) ports.set(subgraph.name, await freePort());
  const identityPort = ports.get('identity');
  // Fixed: identity creates the administrator on the first start of its bench database only.
  const admin = { username: 'rss-admin', password: 'Rss-bench-Kilimanjaro-5895' };
  const common = {
    NODE_ENV: 'production',
    HOST: host,
    EVENT_PREFIX: 'brss.',
    IMPORT_QUEUE_PREFIX: 'brss',
    LOG_LEVEL: option('log-level', 'info'),
    ...(identityPort ? { AUTH_JWKS_URL: `http://${host}:${identityPort}/.well-known/jwks.json` } : {}),
  };
  const envOf = (name: string) => ({
    ...common,
    DATABASE_NAME: `imis_${name}_rss`,
    ...(name === 'identity' ? { IMIS_ADMIN_USERNAME: admin.username, IMIS_ADMIN_PASSWORD: admin.password } : {}),
  });
  for (const subgraph of subgraphs) {
    const code = await runProcess(`${subgraph.name}:migrate`, subgraph.migrate, envOf(subgraph.name), { quiet: true });
    if (code !== 0) throw new Error(`Migrating ${subgraph.name} failed (exit code ${code})`);
  }
  const running: Running[] = await Promise.all(
    subgraphs.map(async (subgraph) => {
      const port = ports.get(subgraph.name)!;
      const started = startProcess(subgraph.name, subgraph.entry, { ...envOf(subgraph.name), PORT: String(port) }, { quiet: true });
      await waitForReady(`http://${host}:${port}/health/ready`, 90_000, started);
      return { process: started, url: `http://${host}:${port}/graphql` };
    }),
  );
  const gatewayPort = await freePort();
  const gateway = startProcess(
    'gateway',
    'gateway/src/main.ts',
    {
      ...common,
      GATEWAY_PORT: String(gatewayPort),
      ...(subgraphs.length === SUBGRAPHS.length ? {} : { SUPERGRAPH_PATH: await supergraphOf(subgraphs) }),
      ...Object.fromEntries(subgraphs.map((subgraph) => [subgraph.urlEnv, `http://${host}:${ports.get(subgraph.name)}/graphql`])),
    },
    { quiet: true },
  );
  const gatewayUrl = `http://${host}:${gatewayPort}/graphql`;
  await waitForReady(`http://${host}:${gatewayPort}/health/ready`, 90_000, gateway);
  running.push({ process: gateway, url: gatewayUrl });

  const [cpu] = cpus();
  console.log(`Machine: ${cpus().length} cores (${cpu?.model ?? 'unknown'}), ${platform()}/${arch()}, Node ${process.version}, load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
  console.log(`Processes run ${process.env[COMPILED_DIR_ENV] ? `compiled JavaScript (${COMPILED_DIR})` : 'TypeScript through @swc-node/register'}`);
  await idle(idleSeconds);
  await printMemory(`After start and ${idleSeconds} s idle`, running, detail);
  if (loadSeconds > 0 && ports.has('identity') && ports.has('location')) {
    const token = await signIn(gatewayUrl, admin);
    const result = await measure('gateway', gatewayUrl, JSON.stringify({ query: QUERY }), { authorization: `Bearer ${token}` }, { durationSeconds: loadSeconds, connections: 10 });
    console.log(`\nLoad: ${result.requests} requests of ${QUERY} through the gateway in ${loadSeconds} s (${result.failures} failures)`);
    await idle(idleSeconds);
    await printMemory(`After the load and ${idleSeconds} s idle`, running, detail);
  }
}

async function idle(seconds: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

interface MemoryReport {
  memory: NodeJS.MemoryUsage;
  modules: number;
}

async function printMemory(title: string, running: Running[], detail: string | undefined): Promise<void> {
  const reports = detail ? await Promise.all(running.map(({ process: managed }) => memoryReport(managed.child.pid!, detail))) : [];
  const mib = (bytes: number) => (bytes / 1048576).toFixed(1);
  console.log(`\n${title}`);
  const header = ['process'.padEnd(10), 'pid'.padStart(7), 'RSS MiB'.padStart(8), 'peak MiB'.padStart(9)];
  if (detail) header.push('heap used/total'.padStart(16), 'outside heap'.padStart(13), 'modules'.padStart(8));
  console.log(`  ${header.join(' ')}`);
  let total = 0;
  for (const [index, { process: managed }] of running.entries()) {
    const status = readFileSync(`/proc/${managed.child.pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    const rss = kib('VmRSS') * 1024;
    total += rss;
    const cells = [managed.name.padEnd(10), String(managed.child.pid).padStart(7), mib(rss).padStart(8), mib(kib('VmHWM') * 1024).padStart(9)];
    const report = reports[index];
    if (report) {
      cells.push(`${mib(report.memory.heapUsed)}/${mib(report.memory.heapTotal)}`.padStart(16), mib(report.memory.rss - report.memory.heapTotal).padStart(13), String(report.modules).padStart(8));
    }
    console.log(`  ${cells.join(' ')}`);
  }
  console.log(`  ${'total'.padEnd(10)} ${''.padStart(7)} ${mib(total).padStart(8)}`);
}

/** The process's own figures, asked for with SIGWINCH (memory-report.preload.js). */
async function memoryReport(pid: number, directory: string): Promise<MemoryReport | undefined> {
  const file = join(directory, `${pid}.jsonl`);
  const lines = () => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').length : 0);
  const before = lines();
  process.kill(pid, 'SIGWINCH');
  for (let attempt = 0; attempt < 50 && lines() === before; attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
  if (lines() === before) return undefined;
  return JSON.parse(readFileSync(file, 'utf8').trim().split('\n').pop()!) as MemoryReport;
}

async function signIn(gatewayUrl: string, admin: { username: string; password: string }): Promise<string> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken errors { code message } } }',
      variables: { input: admin },
    }),
  });
  const body = (await response.json()) as { data?: { login: { accessToken: string | null; errors: unknown[] } } };
  const token = body.data?.login.accessToken;
  if (!token) throw new Error(`Signing in failed: ${JSON.stringify(body)}`);
  return token;
}

main()
  .then(() => stopAll())
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    await stopAll();
    process.exitCode = 1;
  });
