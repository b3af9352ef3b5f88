/**
 * Where the CPU of a request goes: starts the location service and the gateway as `npm run bench:gateway`
 * does, with V8's sampling profiler preloaded (cpu-profiler.preload.js), sends the bench query for a fixed
 * time over 1 connection, first straight to the subgraph (profiling the subgraph), then through the gateway
 * (profiling the gateway), and prints each process's busy samples by package or project folder and by
 * function. The .cpuprofile files stay in var/profiles/<time>/ for Chrome DevTools.
 *
 *   npm run bench:profile -- [--duration 10] [--warmup 3] [--connections 1] [--log-level info]
 */
import { existsSync, mkdirSync } from 'fs';
import { join, resolve } from 'path';
import { REPO_ROOT, stopAll } from '@imis/deployment';
import { TestAuthority } from '@imis/testing';
import { startBenchStack } from '../gateway-overhead/bench-stack';
import { withCpuTime } from '../gateway-overhead/cpu-time';
import { measure } from '../gateway-overhead/measure';
import { seedLocations } from '../gateway-overhead/seed-locations';
import { printSummary, summariseProfile } from './summarise-profile';

const QUERY = '{ locations(first: 10) { totalCount edges { node { id code name } } } }';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

async function main(): Promise<void> {
  const durationSeconds = Number(option('duration', '10'));
  const warmupSeconds = Number(option('warmup', '3'));
  const connections = Number(option('connections', '1'));
  const directory = join(REPO_ROOT, 'var/profiles', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(directory, { recursive: true });
  const authority = await TestAuthority.create(3600);
  const preload = resolve(__dirname, 'cpu-profiler.preload.js');
  const stack = await startBenchStack(option('log-level', 'info'), authority.jwks, {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${preload}`.trim(),
    CPU_PROFILE_DIR: directory,
  });
  const headers = { authorization: `Bearer ${await authority.administratorToken()}` };
  await seedLocations(stack.gatewayUrl, 10, headers);
  const body = JSON.stringify({ query: QUERY });
  for (const [label, url, pid] of [
    ['subgraph (direct)', stack.subgraphUrl, stack.pids.subgraph],
    ['gateway', stack.gatewayUrl, stack.pids.gateway],
  ] as const) {
    await measure('warm-up', url, body, headers, { durationSeconds: warmupSeconds, connections });
    process.kill(pid!, 'SIGWINCH');
    const { measurement, cpuSeconds } = await withCpuTime(pid, () => measure(label, url, body, headers, { durationSeconds, connections }));
    process.kill(pid!, 'SIGWINCH');
    const file = join(directory, `${pid}.cpuprofile`);
    await waitFor(() => existsSync(file));
    console.log(
      `\n${label}: ${measurement.requests} requests in ${durationSeconds} s over ${connections} connection(s), ` +
        `${cpuSeconds === undefined ? '?' : ((cpuSeconds * 1000) / measurement.requests).toFixed(2)} ms CPU per request (profiler on)`,
    );
    printSummary(`${label} profile (${file})`, summariseProfile(file, REPO_ROOT));
  }
}

async function waitFor(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('The profile was not written in time');
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 200));
  }
}

main()
  .then(() => stopAll())
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    await stopAll();
    process.exitCode = 1;
  });
