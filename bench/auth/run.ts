/**
 * Authentication benchmark (not a test). Starts the identity service as its own process on a bench database
 * (first-boot administrator, default argon2id cost unless ARGON2_* are set), against the local PostgreSQL,
 * NATS and Redis, and prints:
 *   - login latency over HTTP (GraphQL `login`, argon2 verification included): N logins one after the other,
 *     then N with 4 concurrent clients (p50/p95/p99, logins per second);
 *   - argon2id verification alone, the floor of a login;
 *   - the cost of TokenVerifier.verify on an identity token with the JWKS of /.well-known/jwks.json
 *     (what the gateway and every service pay per request).
 *   npm run bench:auth -- [--logins 200] [--verifications 10000] [--log-level silent]
 * Env: DATABASE_URL, NATS_URL, REDIS_URL, ARGON2_MEMORY_KIB / ARGON2_TIME_COST / ARGON2_PARALLELISM.
 */
import { cpus, loadavg } from 'os';
import { describeArgon2, measureArgon2 } from './argon2.bench';
import { BENCH_ADMIN, startBenchIdentity } from './identity-process';
import { accessTokenOf, describeLogins, measureLogins } from './login.bench';
import { describeVerification, measureVerification } from './token-verification.bench';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

async function main(): Promise<void> {
  const logins = Number(option('logins', '200'));
  const verifications = Number(option('verifications', '10000'));
  const argon2 = ['ARGON2_MEMORY_KIB', 'ARGON2_TIME_COST', 'ARGON2_PARALLELISM'].map((name) => `${name}=${process.env[name] ?? '(default)'}`);
  const load = loadavg().map((value) => value.toFixed(2)).join(' ');
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), node ${process.version}, load average ${load}; argon2id ${argon2.join(' ')}`);
  const identity = await startBenchIdentity(option('log-level', 'silent'));
  try {
    await measureLogins(identity.url, BENCH_ADMIN, 10, 1); // warm-up: connections, JIT, the signing key
    for (const concurrency of [1, 4]) console.log(describeLogins(await measureLogins(identity.url, BENCH_ADMIN, logins, concurrency)));
    console.log(describeArgon2(await measureArgon2(50)));
    const token = await accessTokenOf(identity.url, BENCH_ADMIN);
    console.log(describeVerification(await measureVerification(`${identity.url}/.well-known/jwks.json`, token, verifications)));
  } finally {
    await identity.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
