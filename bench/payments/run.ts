/**
 * Payment notification → Active policy at scale. Seeds three bench databases set-based and consistently
 * (seed.ts, deterministic ids): N families of one insuree, each with an Idle policy worth 100.00 of the
 * product BENCHPAY (created through the policy subgraph), in the policy service's own tables and in the
 * projections of the payment and contribution services. Starts the three services as processes (compiled by
 * default) on a fresh EVENT_PREFIX, posts N signed "payment received" notifications (no intent, one detail
 * each) to the payment service's callback from C concurrent senders, and waits until every policy is Active:
 * payment matched (payment) → premium added (contribution, consumer `contribution-matched-payments`) → paid
 * total recorded and the Idle policy made Active (policy, consumer `policy-contributions`). Prints the
 * notifications accepted per second, payments matched and policies activated per second, and per payment
 * the latency from notification received to matched and to its policy Active, p50/p99; every failure (refused
 * or rejected payments, policies not Active at the deadline) is spelled out. The run's streams are deleted
 * at the end. With --profile <payment|contribution|policy>, that service runs under V8's sampling profiler
 * (bench/profile) from the first notification to the last activation, and where its CPU went is printed.
 *
 *   npm run bench:payments -- [--payments 100000] [--concurrency 32] [--chunk 500] [--typescript] [--profile policy]
 */
import { createHmac, randomBytes, randomUUID } from 'crypto';
import { arch, cpus, loadavg, platform } from 'os';
import { Client } from 'pg';
import {
  COMPILED_DIR,
  COMPILED_DIR_ENV,
  compileSources,
  migrateServices,
  startProcess,
  stopAll,
  type SubgraphDefinition,
  SUBGRAPHS,
  waitForReady,
} from '@imis/deployment';
import { ensureDatabase } from '@imis/persistence';
import { freePort, TestAuthority } from '@imis/testing';
import { cpuSecondsOf } from '../gateway-overhead/cpu-time';
import { deadLetters, deleteStreamsOfPrefix, freshEventPrefix } from '../support/event-streams';
import { profileDirectory, profilerEnv, profileWhile } from '../profile/profiler';
import { printOutcome, readOutcome } from './outcome';
import { ensureBenchProduct } from './product';
import { BENCH_PRODUCT, BENCH_VALUE, benchNumber, projectedProductRow, seedContributionService, seedPaymentService, seedPolicyService, type BenchPolicies } from './seed';

const DATABASES = { payment: 'imis_payment_bench', contribution: 'imis_contribution_bench', policy: 'imis_policy_bench_payments' } as const;
type BenchService = keyof typeof DATABASES;
/** The wait for every policy to be Active ends after this long, or when nothing moved for STALL_MS. */
const DEADLINE_MS = 30 * 60_000;
const STALL_MS = 3 * 60_000;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

async function main(prefix: string, natsUrl: string): Promise<boolean> {
  const payments = Number(option('payments', '100000'));
  const concurrency = Number(option('concurrency', '32'));
  const chunk = option('chunk', '500');
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const urlOf = (service: BenchService) => databaseUrl.replace(/\/[^/]*$/, `/${DATABASES[service]}`);
  const profiled = option('profile', '') as BenchService | '';
  if (profiled && !(profiled in DATABASES)) throw new Error(`--profile: one of ${Object.keys(DATABASES).join(', ')}`);
  const profiling = profiled ? profileDirectory() : undefined;
  const secret = randomBytes(32).toString('hex');
  const authority = await TestAuthority.create(3600);
  if (process.argv.includes('--typescript')) delete process.env[COMPILED_DIR_ENV];
  else {
    await compileSources();
    process.env[COMPILED_DIR_ENV] = COMPILED_DIR;
  }
  const subgraph = (name: BenchService) => SUBGRAPHS.find((candidate) => candidate.name === name)!;
  const common = {
    DATABASE_URL: databaseUrl,
    NATS_URL: natsUrl,
    EVENT_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    AUTH_JWKS: authority.jwks,
    JOBS_QUEUE_PREFIX: `imis-bench-${randomBytes(3).toString('hex')}`,
  };
  const envOf = (service: BenchService) => ({
    ...common,
    DATABASE_NAME: DATABASES[service],
    ...(service === 'payment' ? { PAYMENT_GATEWAY_SECRET: secret, PAYMENT_MATCH_CHUNK: chunk } : {}),
  });
  const profilerEnvOf = (service: BenchService) => (service === profiled && profiling ? profilerEnv(profiling) : {});
  for (const service of Object.keys(DATABASES) as BenchService[]) {
    await ensureDatabase(databaseUrl, DATABASES[service]);
    await migrateServices([subgraph(service)], envOf(service));
  }
  const pids = new Map<BenchService, number | undefined>();
  const start = async (service: BenchService, definition: SubgraphDefinition) => {
    const port = await freePort();
    const started = startProcess(service, definition.entry, { ...envOf(service), ...profilerEnvOf(service), PORT: String(port) }, { quiet: true });
    await waitForReady(`http://127.0.0.1:${port}/health/ready`, 90_000, started);
    pids.set(service, started.child.pid);
    return port;
  };

  const seedStarted = Date.now();
  const policyPort = await start('policy', subgraph('policy'));
  const headers = { authorization: `Bearer ${await authority.administratorToken()}` };
  const productId = await ensureBenchProduct(urlOf('policy'), `http://127.0.0.1:${policyPort}/graphql`, headers);
  const today = new Date();
  const startDate = new Date(today.getTime() - 30 * 86_400_000);
  const expiry = new Date(startDate);
  expiry.setUTCFullYear(expiry.getUTCFullYear() + 1);
  expiry.setUTCDate(expiry.getUTCDate() - 1);
  const policies: BenchPolicies = { families: payments, productId, startDate: isoDate(startDate), expiryDate: isoDate(expiry) };
  await seedPolicyService(urlOf('policy'), policies);
  const product = await projectedProductRow(urlOf('policy'), productId);
  await seedPaymentService(urlOf('payment'), policies, product);
  await seedContributionService(urlOf('contribution'), policies, product);
  const seeded = (Date.now() - seedStarted) / 1000;
  await start('contribution', subgraph('contribution'));
  const paymentPort = await start('payment', subgraph('payment'));

  const [core] = cpus();
  console.log(`Machine: ${cpus().length} cores (${core?.model ?? 'unknown'}), ${platform()}/${arch()}, Node ${process.version}, load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
  console.log(
    `Data: ${payments.toLocaleString('en')} families of one insuree with an Idle policy of ${BENCH_VALUE} (${BENCH_PRODUCT}) in the policy, payment and contribution databases, seeded in ${seeded.toFixed(1)} s`,
  );
  console.log(
    `Processes: payment, contribution, policy (${process.env[COMPILED_DIR_ENV] ? 'compiled' : 'TypeScript'}), events prefix ${prefix}, matching chunk ${chunk}, ${concurrency} concurrent senders`,
  );

  const cpuBefore = new Map([...pids].map(([service, pid]) => [service, cpuSecondsOf(pid)]));
  const paymentDate = isoDate(today);
  const url = `http://127.0.0.1:${paymentPort}/payment-gateway/notifications`;
  const postAndWait = async () => {
    const started = Date.now();
    let next = 0;
    const refused = new Map<string, number>();
    const sender = async () => {
      for (let index = next++; index < payments; index = next++) {
        const body = JSON.stringify({
          id: randomUUID(),
          type: 'PAYMENT_RECEIVED',
          amount: BENCH_VALUE,
          transactionNo: `BENCH-${index}`,
          paymentDate,
          details: [{ insuranceNumber: benchNumber(index), productCode: BENCH_PRODUCT }],
        });
        const timestamp = String(Math.floor(Date.now() / 1000));
        const signature = createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-imis-timestamp': timestamp, 'x-imis-signature': signature }, body });
        const text = await response.text();
        if (response.status !== 200) {
          const key = `HTTP ${response.status} ${text.slice(0, 120)}`;
          refused.set(key, (refused.get(key) ?? 0) + 1);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, sender));
    const posted = (Date.now() - started) / 1000;
    const refusedCount = [...refused.values()].reduce((sum, count) => sum + count, 0);
    console.log(`Notifications: ${payments.toLocaleString('en')} posted in ${posted.toFixed(1)} s (${(payments / posted).toFixed(0)}/s), ${refusedCount} refused`);
    for (const [reason, count] of refused) console.log(`  REFUSED ${count} × ${reason}`);

    const waited = await waitForActivePolicies(urlOf('payment'), urlOf('policy'), payments);
    console.log(`Waited ${(waited.seconds).toFixed(1)} s after the last notification: ${waited.why}`);
    return refusedCount;
  };
  const profiledPid = profiled ? pids.get(profiled) : undefined;
  const refusedCount = profiling && profiledPid ? await profileWhile(profiling, [{ pid: profiledPid, label: `${profiled} service` }], postAndWait) : await postAndWait();
  const cpu = [...pids].map(([service, pid]) => {
    const [before, after] = [cpuBefore.get(service), cpuSecondsOf(pid)];
    return before === undefined || after === undefined ? `${service} ?` : `${service} ${(((after - before) * 1000) / payments).toFixed(1)}`;
  });
  console.log(`CPU ms per payment (posting and waiting, /proc): ${cpu.join(', ')}`);
  const outcome = await readOutcome(urlOf('payment'), urlOf('policy'));
  const ok = printOutcome(outcome) && refusedCount === 0;
  const premiums = await count(urlOf('contribution'), 'select count(*) as n from premium where deleted_at is null');
  console.log(`Contribution service: ${premiums.toLocaleString('en')} premiums; dead letters on ${prefix}: ${await deadLetters(natsUrl, prefix)}`);
  return ok;
}

/** Polls the counts until every matched payment's policy is Active (nothing left to match), nothing moves any more, or the deadline. */
async function waitForActivePolicies(paymentUrl: string, policyUrl: string, families: number): Promise<{ seconds: number; why: string }> {
  const payment = new Client({ connectionString: paymentUrl });
  const policy = new Client({ connectionString: policyUrl });
  await payment.connect();
  await policy.connect();
  const started = Date.now();
  let last = '';
  let lastMove = Date.now();
  try {
    for (;;) {
      const [{ waiting, matched }] = (
        await payment.query<{ waiting: string; matched: string }>(
          `select count(*) filter (where status = 'RECEIVED') as waiting, count(*) filter (where status = 'MATCHED') as matched from payment`,
        )
      ).rows as [{ waiting: string; matched: string }];
      const [{ active }] = (await policy.query<{ active: string }>(`select count(*) as active from policy where status = 'ACTIVE'`)).rows as [{ active: string }];
      const seconds = (Date.now() - started) / 1000;
      if (Number(active) === families) return { seconds, why: 'every policy Active' };
      if (Number(waiting) === 0 && Number(active) >= Number(matched)) return { seconds, why: 'every matched payment’s policy Active (some payments not matched)' };
      const state = `${waiting}/${matched}/${active}`;
      if (state !== last) [last, lastMove] = [state, Date.now()];
      if (Date.now() - lastMove > STALL_MS) return { seconds, why: `STALLED: nothing moved for ${STALL_MS / 1000} s (${waiting} payments to match, ${matched} matched, ${active} policies Active)` };
      if (Date.now() - started > DEADLINE_MS) return { seconds, why: `DEADLINE of ${DEADLINE_MS / 1000} s reached (${waiting} payments to match, ${matched} matched, ${active} policies Active)` };
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await payment.end();
    await policy.end();
  }
}

async function count(databaseUrl: string, query: string): Promise<number> {
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    return Number((await sql.query<{ n: string }>(query)).rows[0]!.n);
  } finally {
    await sql.end();
  }
}

const prefix = freshEventPrefix();
const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
main(prefix, natsUrl)
  .then((ok) => {
    if (!ok) process.exitCode = 1;
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAll();
    await deleteStreamsOfPrefix(natsUrl, prefix).catch((error: unknown) => console.error(`Deleting the streams of ${prefix} failed:`, error));
  });
