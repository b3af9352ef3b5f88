/**
 * CPU per request of two versions of the code at the same moments: on a shared machine, runs minutes apart
 * differ by more than most changes. Starts the location service and the gateway twice, from this checkout
 * and from `--baseline <dir>` (another checkout of the repository, e.g. `git archive <commit>` unpacked with
 * a `node_modules` symlink to this one's), on one bench database, then sends the bench query in alternating
 * batches to the two subgraphs (then to the two gateways), one request at a time, and prints each process's
 * CPU time (user + system, /proc) per request and its latency percentiles.
 *
 *   node -r @swc-node/register bench/profile/compare.ts --baseline /tmp/base [--requests 3000] [--batch 100]
 */
import { type ChildProcess, spawn } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { Agent, request } from 'http';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { composeSupergraph, migrateServices, printSubgraphSdl, REPO_ROOT, SUBGRAPHS, waitForReady } from '@imis/deployment';
import { TestAuthority } from '@imis/testing';
import { cpuSecondsOf } from '../gateway-overhead/cpu-time';
import { seedLocations } from '../gateway-overhead/seed-locations';

const QUERY = '{ locations(first: 10) { totalCount edges { node { id code name } } } }';
const children: ChildProcess[] = [];

function option(name: string, fallback?: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : fallback;
  if (value === undefined) throw new Error(`--${name} is required`);
  return value;
}

interface Variant {
  label: string;
  subgraph: { url: string; pid: number };
  gateway: { url: string; pid: number };
}

async function main(): Promise<void> {
  const baseline = resolve(option('baseline'));
  const requests = Number(option('requests', '3000'));
  const batch = Number(option('batch', '100'));
  const authority = await TestAuthority.create(3600);
  const location = SUBGRAPHS.find((subgraph) => subgraph.name === 'location')!;
  const serviceEnv = { DATABASE_NAME: 'imis_location_bench', EVENT_PREFIX: 'bench.', LOG_LEVEL: option('log-level', 'info'), NODE_ENV: 'production', AUTH_JWKS: authority.jwks };
  await migrateServices([location], serviceEnv);
  const supergraph = join(mkdtempSync(join(tmpdir(), 'imis-compare-')), 'supergraph.graphql');
  const composed = composeSupergraph([await printSubgraphSdl(location)]);
  if (!composed.ok) throw new Error(composed.errors.join('\n'));
  writeFileSync(supergraph, composed.supergraphSdl);

  const variants: Variant[] = [];
  for (const [index, [label, root]] of ([['baseline', baseline], ['this checkout', REPO_ROOT]] as const).entries()) {
    const subgraphPort = 4131 + index * 2;
    const gatewayPort = subgraphPort + 1;
    const subgraph = launch(root, location.entry, { ...serviceEnv, PORT: String(subgraphPort) });
    await waitForReady(`http://127.0.0.1:${subgraphPort}/health/ready`, 90_000);
    const subgraphUrl = `http://127.0.0.1:${subgraphPort}/graphql`;
    const gateway = launch(root, 'gateway/src/main.ts', {
      ...serviceEnv,
      GATEWAY_PORT: String(gatewayPort),
      GATEWAY_METRICS_PORT: '0', // two gateways side by side
      SUPERGRAPH_PATH: supergraph,
      [location.urlEnv]: subgraphUrl,
    });
    await waitForReady(`http://127.0.0.1:${gatewayPort}/health/ready`, 90_000);
    variants.push({ label, subgraph: { url: subgraphUrl, pid: subgraph.pid! }, gateway: { url: `http://127.0.0.1:${gatewayPort}/graphql`, pid: gateway.pid! } });
  }
  const headers = { authorization: `Bearer ${await authority.administratorToken()}`, 'content-type': 'application/json' };
  await seedLocations(variants[0]!.gateway.url, 10, headers);
  const body = JSON.stringify({ query: QUERY });
  for (const target of ['subgraph', 'gateway'] as const) {
    const endpoints = variants.map((variant) => variant[target]);
    const results = await alternate(endpoints, body, headers, requests, batch);
    console.log(`\n${target}: ${requests} requests each, in alternating batches of ${batch}, one at a time`);
    for (const [index, variant] of variants.entries()) {
      const { cpuSeconds, latencies } = results[index]!;
      console.log(
        `  ${variant.label.padEnd(14)} CPU ${((cpuSeconds * 1000) / requests).toFixed(3)} ms per request; latency p50 ${percentile(latencies, 0.5).toFixed(2)} ms, p95 ${percentile(latencies, 0.95).toFixed(2)} ms`,
      );
    }
  }
}

/** `--env NAME=value,…`: variables for this checkout's processes only (to compare a setting). */
function candidateEnv(): Record<string, string> {
  const index = process.argv.indexOf('--env');
  if (index < 0) return {};
  return Object.fromEntries(process.argv[index + 1]!.split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}

function launch(root: string, entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', resolve(root, entry)], {
    cwd: root,
    env: { ...process.env, ...env, ...(root === REPO_ROOT ? candidateEnv() : {}), SWC_NODE_PROJECT: join(root, 'tsconfig.json') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return child;
}

async function alternate(
  endpoints: { url: string; pid: number }[],
  body: string,
  headers: Record<string, string>,
  requests: number,
  batch: number,
): Promise<{ cpuSeconds: number; latencies: number[] }[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const results = endpoints.map(() => ({ cpuSeconds: 0, latencies: [] as number[] }));
  for (const endpoint of endpoints) for (let index = 0; index < 200; index++) await timed(endpoint.url, body, headers, agent); // warm-up
  for (let done = 0, round = 0; done < requests; done += batch, round++) {
    const order = round % 2 === 0 ? endpoints.map((_, index) => index) : endpoints.map((_, index) => endpoints.length - 1 - index);
    for (const index of order) {
      const endpoint = endpoints[index]!;
      const before = cpuSecondsOf(endpoint.pid)!;
      for (let count = 0; count < Math.min(batch, requests - done); count++) results[index]!.latencies.push(await timed(endpoint.url, body, headers, agent));
      results[index]!.cpuSeconds += cpuSecondsOf(endpoint.pid)! - before;
    }
  }
  agent.destroy();
  return results;
}

function timed(url: string, body: string, headers: Record<string, string>, agent: Agent): Promise<number> {
  const started = process.hrtime.bigint();
  return new Promise((resolvePromise, reject) => {
    const outgoing = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
      response.resume();
      response.on('end', () =>
        response.statusCode === 200 ? resolvePromise(Number(process.hrtime.bigint() - started) / 1e6) : reject(new Error(`${url}: HTTP ${response.statusCode}`)),
      );
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

function stop(): void {
  for (const child of children) child.kill('SIGTERM');
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  })
  .finally(stop);
