/**
 * Gateway overhead: the same query, with the same valid access token, sent straight to the location
 * subgraph and through the gateway (which verifies the token before planning), after a warm-up, for a
 * fixed time over a fixed number of connections, twice:
 *   - over 1 connection (one request at a time, so latency is service time, not queueing): the
 *     latency the gateway adds (goal: p95 < 3 ms);
 *   - over N connections as fast as possible (saturated): throughput, and latency under a full queue;
 *   - interleaved (one direct request, one through the gateway, alternately): the goal's figure, since on a
 *     shared machine runs seconds apart differ by more than the gateway costs.
 * Starts the location service (own database imis_location_bench, event prefix "bench.") and the gateway
 * over a supergraph of location alone on ports 4101/4100, both trusting a TestAuthority's key (AUTH_JWKS) whose administrator token every
 * request carries; or with --external uses running ones (LOCATION_URL, GATEWAY_URL, and BENCH_TOKEN: an
 * access token they accept). Then prints what TokenVerifier.verify costs per request (token-verification.ts).
 *
 * The processes run compiled JavaScript, as under `npm start`; `--typescript` runs them through @swc-node/register.
 *
 *   npm run bench:gateway -- [--external] [--duration 10] [--connections 10] [--warmup 3] [--pairs 3000] [--log-level info] [--typescript]
 */
import { arch, cpus, loadavg, platform } from 'os';
import { stopAll, SUBGRAPHS } from '@imis/deployment';
import { TestAuthority } from '@imis/testing';
import { startBenchStack } from './bench-stack';
import { withCpuTime } from './cpu-time';
import { measureInterleaved } from './interleaved';
import { type LoadOptions, type Measurement, measure } from './measure';
import { seedLocations } from './seed-locations';
import { describeVerificationCost, measureTokenVerification } from './token-verification';

const QUERY = '{ locations(first: 10) { totalCount edges { node { id code name } } } }';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

async function main(): Promise<void> {
  const external = process.argv.includes('--external');
  const load: LoadOptions = { durationSeconds: Number(option('duration', '10')), connections: Number(option('connections', '10')) };
  const warmupSeconds = Number(option('warmup', '3'));
  const logLevel = option('log-level', 'info');
  const location = SUBGRAPHS.find((subgraph) => subgraph.name === 'location')!;
  let subgraphUrl = process.env.LOCATION_URL ?? location.defaultUrl;
  let gatewayUrl = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
  const authority = await TestAuthority.create(3600);
  let token = process.env.BENCH_TOKEN;
  let pids: { subgraph?: number; gateway?: number } = {};

  if (!external) {
    ({ subgraphUrl, gatewayUrl, pids } = await startBenchStack(logLevel, authority.jwks, {}, process.argv.includes('--typescript')));
    token = await authority.administratorToken();
  }
  if (!token) throw new Error('--external needs BENCH_TOKEN: an access token the running gateway and subgraph accept');
  const headers = { authorization: `Bearer ${token}` };
  await seedLocations(gatewayUrl, 10, headers);
  const body = JSON.stringify({ query: QUERY });
  await expectSameAnswer(subgraphUrl, gatewayUrl, body, headers);

  const [cpu] = cpus();
  console.log(`Machine: ${cpus().length} cores (${cpu?.model ?? 'unknown'}), ${platform()}/${arch()}, Node ${process.version}, load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
  console.log(`Query: ${QUERY} (with a valid bearer token, verified by the gateway)`);
  console.log(`${load.durationSeconds} s per run after a ${warmupSeconds} s warm-up; log level ${external ? '(external)' : logLevel}`);
  if (warmupSeconds > 0) {
    for (const url of [subgraphUrl, gatewayUrl]) await measure('warm-up', url, body, headers, { ...load, durationSeconds: warmupSeconds });
  }
  const saturatedDirect = await withCpuTime(pids.subgraph, () => measure('subgraph (direct)', subgraphUrl, body, headers, load));
  const saturatedThrough = await withCpuTime(pids.gateway, () => measure('through gateway', gatewayUrl, body, headers, load));
  const saturated = [saturatedDirect.measurement, saturatedThrough.measurement];
  const direct = await withCpuTime(pids.subgraph, () => measure('subgraph (direct)', subgraphUrl, body, headers, { ...load, connections: 1 }));
  const through = await withCpuTime(pids.gateway, () => measure('through gateway', gatewayUrl, body, headers, { ...load, connections: 1 }));
  const sequential = [direct.measurement, through.measurement];
  printTable('1 connection (latency without queueing)', sequential);
  printTable(`${load.connections} connections, as fast as possible (saturated)`, saturated);
  console.log(`\nGateway adds, 1 connection, runs one after the other: p50 ${ms(sequential[1]!.p50 - sequential[0]!.p50)}, p95 ${ms(sequential[1]!.p95 - sequential[0]!.p95)}, p99 ${ms(sequential[1]!.p99 - sequential[0]!.p99)}`);
  const pairs = Number(option('pairs', '3000'));
  const interleaved = await measureInterleaved(subgraphUrl, gatewayUrl, body, headers, pairs);
  const addedP95 = interleaved.gateway.p95 - interleaved.direct.p95;
  console.log(
    `Interleaved, ${pairs} pairs (direct and gateway alternately, same moments): direct p50 ${ms(interleaved.direct.p50)} p95 ${ms(interleaved.direct.p95)}; ` +
      `gateway p50 ${ms(interleaved.gateway.p50)} p95 ${ms(interleaved.gateway.p95)}; per pair gateway − direct p50 ${ms(interleaved.difference.p50)} p95 ${ms(interleaved.difference.p95)}`,
  );
  console.log(
    `Gateway adds, 1 connection, interleaved: p50 ${ms(interleaved.gateway.p50 - interleaved.direct.p50)}, p95 ${ms(addedP95)}, p99 ${ms(interleaved.gateway.p99 - interleaved.direct.p99)} (goal p95 < 3 ms: ${addedP95 < 3 ? 'met' : 'NOT met'})`,
  );
  console.log(`Gateway adds when saturated: p95 ${ms(saturated[1]!.p95 - saturated[0]!.p95)}, p99 ${ms(saturated[1]!.p99 - saturated[0]!.p99)}; throughput ${((saturated[1]!.requestsPerSecond / saturated[0]!.requestsPerSecond) * 100).toFixed(0)}% of direct`);
  const perRequest = (run: { cpuSeconds?: number; measurement: Measurement }) =>
    run.cpuSeconds === undefined ? 'n/a' : ms((run.cpuSeconds * 1000) / run.measurement.requests);
  console.log(`CPU per request, 1 connection (user+system time of the process / requests): subgraph ${perRequest(direct)} direct, gateway ${perRequest(through)}`);
  console.log(`CPU per request, ${load.connections} connections: subgraph ${perRequest(saturatedDirect)} direct, gateway ${perRequest(saturatedThrough)}`);
  console.log(describeVerificationCost(await measureTokenVerification(authority)));
}

async function expectSameAnswer(subgraphUrl: string, gatewayUrl: string, body: string, headers: Record<string, string>): Promise<void> {
  const answers = await Promise.all(
    [subgraphUrl, gatewayUrl].map(async (url) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      return JSON.stringify(await response.json());
    }),
  );
  if (answers[0] !== answers[1] || answers[0]!.includes('"errors"')) {
    throw new Error(`The subgraph and the gateway answer differently or with errors:\n  subgraph: ${answers[0]}\n  gateway:  ${answers[1]}`);
  }
}

function printTable(title: string, rows: Measurement[]): void {
  console.log(`\n${title}`);
  console.log(['  target'.padEnd(22), 'requests', '   req/s', '       p50', '       p95', '       p99', 'failures'].join(' '));
  for (const row of rows) {
    const cells = [String(row.requests).padStart(8), row.requestsPerSecond.toFixed(0).padStart(8), ...[row.p50, row.p95, row.p99].map((value) => ms(value).padStart(10)), String(row.failures).padStart(8)];
    console.log([`  ${row.label}`.padEnd(22), ...cells].join(' '));
  }
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

main()
  .then(() => stopAll())
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    await stopAll();
    process.exitCode = 1;
  });
