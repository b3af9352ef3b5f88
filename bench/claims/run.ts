/**
 * Claims at scale: seeds a bench database (imis_claim_bench) set-based with N insurees, each the only member of a
 * family with an Active policy (seed.ts), starts the claim API (enqueue only), W adjudication worker processes
 * (src/worker.ts) and a gateway over a supergraph of claim alone (ports 4108, 4118+, 4100), then:
 *   S1 batches: `enterAndSubmitClaims` of 100 claims of one facility (of 50; 5 lines each: 3 items, 2 services, random insurees) through
 *      the gateway, 4 calls at once, until every claim is Valuated: claims/s end to end, submit→Valuated p50/p99;
 *   S1 single: `enterAndSubmitClaim` (random facility) at a fixed rate (open loop: bench/support/open-loop.ts), after 3 s
 *      at that rate to warm up (reported apart): request p50/p99 and submit→Valuated p50/p99;
 *   S3 (--readjudicate N): the first N stored claims put back in the queue as they were before adjudication (results,
 *      lines and counters emptied) and handed to the workers as job rows (their recovery sweep enqueues them):
 *      claims/s of the adjudication pool alone, then the claims' and lines' statuses by origin (API or seeded).
 *   --stored N: before S3, N more stored claims inserted set-based in SQL (seed.ts seedStoredClaims: submitted, not yet
 *      adjudicated, shaped like S1's), and S3 over every stored claim unless --readjudicate says how many (the waiting
 *      ones beyond are taken out of the queue); --skip-s1 skips the S1 batches and single claims (S3 over the seeded
 *      claims alone, e.g. at 1,000,000).
 *
 * Each `CPU ms per claim:` line gives every Node process's CPU and PostgreSQL's over the same interval: every process of
 * the cluster (bench/support/postgres-cpu.ts), whoever caused it, so the machine should be otherwise quiet; then NATS's
 * and Redis's when they run on this machine, and the sum, with the claims a second it allows on this machine's cores.
 *
 * With --profile batches|single, the claim API, the workers and the gateway run under V8’s sampling profiler
 * (bench/profile) during the S1 batches (then the bench stops) or the single claims, and the bench prints where each
 * one’s CPU went.
 *
 *   npm run bench:claims -- [--profile batches|single] [--insurees 100000] [--claims 10000] [--workers 1|2] [--concurrency 4] [--batch 100] [--rate 50] [--duration 20] [--readjudicate N] [--stored N] [--skip-s1] [--typescript]
 */
import { randomUUID } from 'crypto';
import { cpus, loadavg } from 'os';
import { Client } from 'pg';
import {
  COMPILED_DIR,
  COMPILED_DIR_ENV,
  compileSources,
  migrateServices,
  startProcess,
  stopAll,
  SUBGRAPHS,
  waitForReady,
} from '@imis/deployment';
import { ensureDatabase } from '@imis/persistence';
import { TestAuthority } from '@imis/testing';
import { cpuSecondsOf } from '../gateway-overhead/cpu-time';
import { profileDirectory, profilerEnv, profileWhile } from '../profile/profiler';
import { openLoop, percentile } from '../support/open-loop';
import { benchEventPrefix } from '../support/event-streams';
import { postgresCpuSeconds, serverCpuSeconds } from '../support/postgres-cpu';
import { supergraphOf } from '../support/supergraph';
import {
  BENCH_FACILITIES,
  BENCH_ITEM_PRICE_ASKED,
  BENCH_ITEMS,
  BENCH_LINE_QUANTITY,
  BENCH_SERVICE_PRICE_ASKED,
  BENCH_SERVICES,
  benchFacility,
  benchInsureeNumber,
  seedClaims,
  seedStoredClaims,
  type StoredClaims,
} from './seed';

const DATABASE = 'imis_claim_bench';
const PORTS = { claim: 4108, worker: 4118, gateway: 4100 };
const ENTER_MANY = 'mutation($input: CreateClaimsInput!) { enterAndSubmitClaims(input: $input) { claims { id } refusals { index errors { code field } } errors { code } } }';
const ENTER_ONE = 'mutation($input: CreateClaimInput!) { enterAndSubmitClaim(input: $input) { claim { id } errors { code field } } }';
/** Seconds of single claims at the rate before the timed phase. */
const SINGLES_WARM_UP_SECONDS = 3;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

let sequence = 0;
function claimInput(insurees: number, facility = Math.floor(Math.random() * BENCH_FACILITIES)): Record<string, unknown> {
  sequence += 1;
  const day = String(1 + (sequence % 28)).padStart(2, '0');
  const date = `2026-05-${day}`;
  return {
    insuranceNumber: benchInsureeNumber(Math.floor(Math.random() * insurees)),
    healthFacilityId: benchFacility(facility),
    dateFrom: date,
    dateTo: date,
    dateClaimed: date,
    visitType: 'OTHER',
    mainDiagnosis: 'B00',
    items: BENCH_ITEMS.map((code) => ({ code, quantity: BENCH_LINE_QUANTITY, priceAsked: BENCH_ITEM_PRICE_ASKED })),
    services: BENCH_SERVICES.map((code) => ({ code, quantity: BENCH_LINE_QUANTITY, priceAsked: BENCH_SERVICE_PRICE_ASKED })),
  };
}

async function post<T>(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function main(): Promise<void> {
  const insurees = Number(option('insurees', '100000'));
  const claims = Number(option('claims', '10000'));
  const workers = Number(option('workers', '1'));
  const concurrency = Number(option('concurrency', '4'));
  const batch = Number(option('batch', '100'));
  const rate = Number(option('rate', '50'));
  const durationSeconds = Number(option('duration', '20'));
  const stored = Number(option('stored', '0'));
  const skipS1 = process.argv.includes('--skip-s1');
  // With --stored: every stored claim (null: no limit), unless --readjudicate says how many.
  const readjudicate = process.argv.includes('--readjudicate') ? Number(option('readjudicate', '0')) : stored > 0 ? null : 0;
  if (skipS1 && stored <= 0) throw new Error('--skip-s1 needs --stored N: S3 would have no claims');
  const profiled = process.argv.includes('--profile') ? option('profile', 'batches') : undefined;
  if (profiled !== undefined && profiled !== 'batches' && profiled !== 'single') throw new Error('--profile batches|single');
  if (profiled && skipS1) throw new Error('--profile profiles S1: not with --skip-s1');
  const profiling = profiled ? profileDirectory() : undefined;
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const benchUrl = databaseUrl.replace(/\/[^/]*$/, `/${DATABASE}`);
  const authority = await TestAuthority.create(3600);
  // The administrator's id known: the seeded claims are entered and submitted by the same user as S1's.
  const administrator = randomUUID();
  const headers = { authorization: `Bearer ${await authority.token({ id: administrator, username: 'admin', admin: true })}` };

  if (process.argv.includes('--typescript')) delete process.env[COMPILED_DIR_ENV];
  else {
    await compileSources();
    process.env[COMPILED_DIR_ENV] = COMPILED_DIR;
  }
  const claim = SUBGRAPHS.find((subgraph) => subgraph.name === 'claim')!;
  const env = {
    DATABASE_URL: databaseUrl,
    DATABASE_NAME: DATABASE,
    EVENT_PREFIX: events.prefix,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    AUTH_JWKS: authority.jwks,
    JOBS_QUEUE_PREFIX: 'imis-bench-claims',
    CLAIM_ADJUDICATION_BATCH_SIZE: String(batch),
    ...(profiling ? profilerEnv(profiling) : {}),
  };
  await ensureDatabase(databaseUrl, DATABASE);
  await migrateServices([claim], env);
  const seeded = await seedClaims(benchUrl, insurees);
  const api = startProcess('claim', claim.entry, { ...env, PORT: String(PORTS.claim), JOBS_CONCURRENCY: 'claim-adjudication=0' }, { quiet: true });
  await waitForReady(`http://127.0.0.1:${PORTS.claim}/health/ready`, 90_000, api);
  const processes = [{ label: 'claim API', pid: api.child.pid! }];
  for (let index = 0; index < workers; index += 1) {
    const port = PORTS.worker + index;
    const worker = startProcess(`claim-worker-${index}`, claim.worker!, { ...env, PORT: String(port), HOST: '127.0.0.1', JOBS_CONCURRENCY: 'claim-adjudication=4', JOBS_RECOVERY_SECONDS: '2' }, { quiet: true });
    await waitForReady(`http://127.0.0.1:${port}/health/ready`, 90_000, worker);
    processes.push({ label: `worker ${index + 1}`, pid: worker.child.pid! });
  }
  const gateway = startProcess(
    'gateway',
    'gateway/src/main.ts',
    {
      GATEWAY_PORT: String(PORTS.gateway),
      GATEWAY_METRICS_PORT: '0', // the bench reads no gateway metrics: never clash with a running stack
      SUPERGRAPH_PATH: await supergraphOf([claim]),
      [claim.urlEnv]: `http://127.0.0.1:${PORTS.claim}/graphql`,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      AUTH_JWKS: authority.jwks,
      ...(profiling ? profilerEnv(profiling) : {}),
    },
    { quiet: true },
  );
  await waitForReady(`http://127.0.0.1:${PORTS.gateway}/health/ready`, 90_000, gateway);
  processes.push({ label: 'gateway', pid: gateway.child.pid! });
  const url = `http://127.0.0.1:${PORTS.gateway}/graphql`;
  const sql = new Client({ connectionString: benchUrl });
  await sql.connect();

  const [core] = cpus();
  console.log(`Machine: ${cpus().length} cores (${core?.model ?? 'unknown'}), Node ${process.version}, load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
  console.log(`Data: ${insurees.toLocaleString('en')} insurees (families of one, Active policy each), seeded in ${seeded.seconds.toFixed(1)} s; ${workers} worker process(es) × 4 jobs at once; ${batch} claims per job`);

  if (!skipS1) {
    const s1Done = await s1(sql, url, headers, { insurees, claims, concurrency, rate, durationSeconds, profiled, profiling, processes });
    if (!s1Done) {
      await sql.end();
      return;
    }
  }
  let seededClaims: StoredClaims | undefined;
  if (stored > 0) {
    const { claims: count, lines, insertSeconds, vacuumSeconds } = (seededClaims = await seedStoredClaims(benchUrl, { count: stored, insurees, actor: administrator }));
    const seconds = insertSeconds + vacuumSeconds;
    console.log(
      `\nStored claims: ${count.toLocaleString('en')} (${lines.toLocaleString('en')} lines), submitted and waiting for adjudication, inserted set-based in ` +
        `${insertSeconds.toFixed(1)} s + vacuum and analyze ${vacuumSeconds.toFixed(1)} s = ${seconds.toFixed(1)} s (${((seconds * 100_000) / count).toFixed(1)} s per 100,000 claims)`,
    );
  }
  if (readjudicate === null || readjudicate > 0) await reAdjudicate(sql, readjudicate, batch, processes, seededClaims);
  await sql.end();
}

interface S1Options {
  insurees: number;
  claims: number;
  concurrency: number;
  rate: number;
  durationSeconds: number;
  profiled: string | undefined;
  profiling: string | undefined;
  processes: readonly BenchProcess[];
}

/** The tables the claim flow updates row by row (the machine running the benches may have autovacuum off: docs/operations.md). */
const CHURNED_TABLES = ['claim', 'claim_item', 'claim_service', 'outbox', 'job', 'history', 'claim_usage_quantity', 'claim_usage_category', 'claim_usage_amount', 'claim_ded_rem'];

async function settleClaimTables(sql: Client): Promise<void> {
  for (const table of CHURNED_TABLES) await sql.query(`vacuum (analyze) ${table}`);
}

/** S1 batches, then (unless profiling the batches: false) S1 single claims. */
async function s1(sql: Client, url: string, headers: Record<string, string>, options: S1Options): Promise<boolean> {
  const { insurees, claims, concurrency, rate, durationSeconds, profiled, profiling, processes } = options;
  // S1 batches
  const calls = Math.ceil(claims / 100);
  let next = 0;
  const started = Date.now();
  const sender = async () => {
    for (let call = next++; call < calls; call = next++) {
      const size = Math.min(100, claims - call * 100);
      const result = await post<{ enterAndSubmitClaims: { refusals: unknown[] } }>(url, headers, ENTER_MANY, { input: { claims: Array.from({ length: size }, () => claimInput(insurees, call % BENCH_FACILITIES)) } });
      if (result.enterAndSubmitClaims.refusals.length) throw new Error(`refused: ${JSON.stringify(result.enterAndSubmitClaims.refusals[0])}`);
    }
  };
  const cpu = cpuMeter(processes);
  const untilBatchesAdjudicated = async () => {
    await Promise.all(Array.from({ length: concurrency }, sender));
    const submitted = (Date.now() - started) / 1000;
    await untilAdjudicated(sql);
    return submitted;
  };
  const submittedSeconds = profiled === 'batches' ? await profileWhile(profiling!, processes, untilBatchesAdjudicated) : await untilBatchesAdjudicated();
  const batchCpu = cpu.perClaim(claims);
  const lastAdjudicated = (await sql.query<{ at: Date }>('select max(valid_from) as at from claim')).rows[0].at.getTime();
  const seconds = (lastAdjudicated - started) / 1000;
  const batchLatency = await latencies(sql, 'true');
  const statuses = (await sql.query<{ status: string; n: string }>('select status, count(*) as n from claim group by status order by status')).rows.map((row) => `${row.status} ${row.n}`).join(', ');
  console.log(`\nS1 batches: ${claims.toLocaleString('en')} claims × 5 lines via enterAndSubmitClaims (100 per call, ${concurrency} calls at once) through the gateway`);
  console.log(`  submitted in ${submittedSeconds.toFixed(1)} s (${(claims / submittedSeconds).toFixed(0)} claims/s); all adjudicated after ${seconds.toFixed(1)} s: ${(claims / seconds).toFixed(0)} claims/s end to end`);
  console.log(`  submit→adjudicated p50 ${batchLatency.p50.toFixed(0)} ms, p99 ${batchLatency.p99.toFixed(0)} ms; statuses: ${statuses}`);
  console.log(`  CPU ms per claim: ${batchCpu}`);
  if (profiled === 'batches') return false;

  // S1 single claims at a fixed rate, on tables vacuumed and analyzed as autovacuum would have after the batches
  await settleClaimTables(sql);
  const enterSingles = (seconds: number) =>
    openLoop(url, headers, () => JSON.stringify({ query: ENTER_ONE, variables: { input: { claim: claimInput(insurees) } } }), { rate, durationSeconds: seconds });
  // Warmed up at the rate first, and reported apart: the first seconds after the batches run the single-claim paths
  // cold (their code not yet optimized, the statements planned again after the analyze): a p50 of 18–765 ms over
  // those 3 s in nine runs against 16–45 ms in the second after, which a service taking claims all day only has
  // after a restart.
  const warmUp = await enterSingles(SINGLES_WARM_UP_SECONDS);
  await untilAdjudicated(sql);
  const before = (await sql.query<{ at: Date }>('select now() as at')).rows[0].at;
  const singleCpu = cpuMeter(processes);
  const singles = async () => {
    const answers = await enterSingles(durationSeconds);
    await untilAdjudicated(sql);
    return answers;
  };
  const loop = profiled === 'single' ? await profileWhile(profiling!, processes, singles) : await singles();
  const singleLatency = await latencies(sql, `submitted_at > '${before.toISOString()}'`);
  console.log(
    `\nS1 single, warm-up (not counted): ${warmUp.latencies.length} in ${SINGLES_WARM_UP_SECONDS} s at ${rate}/s, ${warmUp.failures} failed; request p50 ${percentile(warmUp.latencies, 0.5).toFixed(1)} ms, p99 ${percentile(warmUp.latencies, 0.99).toFixed(1)} ms`,
  );
  console.log(`S1 single: enterAndSubmitClaim at ${rate}/s for ${durationSeconds} s (open loop) through the gateway: ${loop.latencies.length} answered, ${loop.failures} failed, ${loop.late} late`);
  console.log(`  request p50 ${percentile(loop.latencies, 0.5).toFixed(1)} ms, p99 ${percentile(loop.latencies, 0.99).toFixed(1)} ms; submit→adjudicated p50 ${singleLatency.p50.toFixed(0)} ms, p99 ${singleLatency.p99.toFixed(0)} ms`);
  console.log(`  CPU ms per claim: ${singleCpu.perClaim(loop.latencies.length)}`);
  return true;
}

/**
 * S3: the first `count` stored claims (null: all of them) back in the queue, then handed to the workers as job rows of
 * `batch` claims; then the statuses of the claims and their current lines, by origin (entered through the API or seeded).
 */
async function reAdjudicate(sql: Client, count: number | null, batch: number, processes: readonly BenchProcess[], seeded: StoredClaims | undefined): Promise<void> {
  await settleClaimTables(sql);
  await sql.query('begin');
  // `pending`: submitted and never adjudicated (seeded claims), nothing to empty.
  await sql.query(`create temporary table bench_again as select id, (row_number() over (order by submission_seq) - 1) / $2 as chunk, queued and status = 'ENTERED' as pending
    from claim order by submission_seq limit $1`, [count, batch]);
  await sql.query('analyze bench_again');
  // Seeded claims beyond the first `count` leave the queue (S3 waits for none, and no worker tops a batch up with them).
  const parked = (await sql.query(`update claim set queued = false where queued and not exists (select 1 from bench_again a where a.id = claim.id)`)).rowCount ?? 0;
  await sql.query(`update claim set status = 'ENTERED', rejection_reason = 0, category = null, approved = null, valuated = null, remunerated = null, queued = true
    where id in (select id from bench_again where not pending)`);
  for (const table of ['claim_item', 'claim_service']) {
    await sql.query(`update ${table} set status = null, rejection_reason = null, product_id = null, policy_id = null, price_origin = null, limitation = null,
      limitation_value = null, quantity_approved = null, price_adjusted = null, price_valuated = null, deductible_amount = null, exceed_ceiling_amount = null,
      exceed_ceiling_amount_category = null, remunerated_amount = null, trace = null where claim_id in (select id from bench_again where not pending)`);
  }
  for (const table of ['claim_usage_quantity', 'claim_usage_category', 'claim_usage_amount', 'claim_ded_rem']) await sql.query(`truncate ${table}`);
  const [{ n }] = (await sql.query<{ n: string }>('select count(*) as n from bench_again')).rows;
  // Idle for an hour as far as the recovery sweep can tell: it enqueues them at once.
  await sql.query(`insert into job (id, created_at, updated_at, queue, payload, status, attempts, max_attempts)
    select gen_random_uuid(), now() - interval '1 hour', now() - interval '1 hour', 'claim-adjudication', jsonb_build_object('claimIds', jsonb_agg(id)), 'QUEUED', 0, 5
    from bench_again group by chunk`);
  const started = Date.now();
  const cpu = cpuMeter(processes);
  await sql.query('commit');
  await untilAdjudicated(sql);
  const seconds = (Date.now() - started) / 1000;
  const cpuPerClaim = cpu.perClaim(Number(n));
  console.log(`\nS3 re-adjudication: ${Number(n).toLocaleString('en')} stored claims (5 lines each) in jobs of ${batch}: ${seconds.toFixed(1)} s, ${(Number(n) / seconds).toFixed(0)} claims/s (the first jobs wait up to one recovery sweep, 2 s)`);
  console.log(`  CPU ms per claim: ${cpuPerClaim}`);
  if (parked > 0) console.log(`  (${parked.toLocaleString('en')} waiting stored claims beyond --readjudicate ${count} taken out of the queue beforehand: not adjudicated)`);
  await printOutcome(sql, seeded);
  await sql.query('drop table bench_again');
}

/** What S3 left, by origin: each claim status (with the mean valuated amount) and each current line status (with how many have a trace). */
async function printOutcome(sql: Client, seeded: StoredClaims | undefined): Promise<void> {
  await sql.query(`set work_mem = '256MB'`); // the joins over a million claims' lines in memory
  const origin = `case when c.submission_seq between $1::bigint and $2::bigint then 'seeded' else 'API' end`;
  const range = [seeded?.firstSeq ?? '0', seeded?.lastSeq ?? '-1'];
  const claims = await sql.query<{ origin: string; status: string; n: string; mean: string | null }>(
    `select ${origin} as origin, c.status, count(*) as n, round(avg(c.valuated), 2)::text as mean from claim c join bench_again a on a.id = c.id group by 1, 2 order by 1, 2`,
    range,
  );
  const lines = await sql.query<{ origin: string; status: string | null; n: string; traced: string }>(
    `select ${origin} as origin, l.status, count(*) as n, count(l.trace) as traced
       from (select claim_id, status, trace from claim_item where replaced_in_version is null
             union all select claim_id, status, trace from claim_service where replaced_in_version is null) l
       join bench_again a on a.id = l.claim_id join claim c on c.id = l.claim_id group by 1, 2 order by 1, 2`,
    range,
  );
  const count = (value: string) => Number(value).toLocaleString('en');
  console.log(`  claims by origin and status: ${claims.rows.map((row) => `${row.origin} ${row.status} ${count(row.n)} (valuated ${row.mean ?? '-'} on average)`).join('; ')}`);
  console.log(`  current lines by origin and status: ${lines.rows.map((row) => `${row.origin} ${row.status ?? 'none'} ${count(row.n)} (${count(row.traced)} with a trace)`).join('; ')}`);
}

interface BenchProcess {
  label: string;
  pid: number;
}

/** The servers of the stack whose CPU counts too when they run on this machine. */
const SERVERS = [
  { label: 'NATS', read: () => serverCpuSeconds('nats-server') },
  { label: 'Redis', read: () => serverCpuSeconds('redis-server') },
];

/**
 * CPU time each process spends from now on, per claim, PostgreSQL's (every process of the cluster), NATS's and
 * Redis's when they run here, whoever made them work (the bench's own queries included; from /proc: Linux only), and
 * their sum: with the machine's cores, the most claims a second this machine could do.
 */
function cpuMeter(processes: readonly BenchProcess[]): { perClaim(claims: number): string } {
  const readers = [
    ...processes.map(({ label, pid }) => ({ label, read: () => cpuSecondsOf(pid) })),
    { label: 'PostgreSQL', read: postgresCpuSeconds },
    ...SERVERS,
  ];
  const before = readers.map(({ read }) => read());
  return {
    perClaim: (claims) => {
      const used = readers.map(({ read }, index) => {
        const [start, end] = [before[index], read()];
        return start === undefined || end === undefined ? undefined : ((end - start) * 1000) / claims;
      });
      const parts = readers.flatMap(({ label }, index) => (used[index] === undefined && SERVERS.some((server) => server.label === label) ? [] : [`${label} ${used[index]?.toFixed(2) ?? '?'}`]));
      const total = used.reduce<number>((sum, ms) => sum + (ms ?? 0), 0);
      return `${parts.join(', ')}; all ${total.toFixed(2)} (at most ${Math.round((cpus().length * 1000) / total).toLocaleString('en')} claims/s on ${cpus().length} cores)`;
    },
  };
}

async function untilAdjudicated(sql: Client): Promise<void> {
  for (;;) {
    // exists: counting a million queued claims every 200 ms would weigh on PostgreSQL's CPU.
    const [{ waiting }] = (await sql.query<{ waiting: boolean }>('select exists (select 1 from claim where queued) as waiting')).rows;
    if (!waiting) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function latencies(sql: Client, where: string): Promise<{ p50: number; p99: number }> {
  const rows = (await sql.query<{ ms: number }>(`select extract(epoch from (valid_from - submitted_at)) * 1000 as ms from claim where ${where} order by 1`)).rows.map((row) => Number(row.ms));
  return { p50: percentile(rows, 0.5), p99: percentile(rows, 0.99) };
}

const events = benchEventPrefix();
main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAll();
    await events.deleteStreams();
  });
