/**
 * Payment matching at scale: seeds a bench database (imis_payment_bench) with N families holding an Idle
 * policy (seed.ts, set-based, straight into the payment service's projections), starts the payment service
 * (port 4107, matching jobs in its process), posts N signed "payment received" notifications (no intent, one
 * detail each) to its callback from C concurrent senders, waits until every payment is matched, and prints the
 * notifications accepted per second, payments matched per second, and the notification → matched latency
 * (received_at → matched_at of each payment) p50/p99. The lag to an Active policy needs the contribution and
 * policy services consuming the matched events: not measured here.
 *
 *   npm run bench:payments -- [--payments 100000] [--concurrency 32] [--chunk 500] [--typescript]
 */
import { createHmac, randomBytes, randomUUID } from 'crypto';
import { arch, cpus, loadavg, platform } from 'os';
import { Client } from 'pg';
import { COMPILED_DIR, COMPILED_DIR_ENV, compileSources, migrateServices, startProcess, stopAll, SUBGRAPHS, waitForReady } from '@imis/deployment';
import { ensureDatabase } from '@imis/persistence';
import { TestAuthority } from '@imis/testing';
import { BENCH_PRODUCT, BENCH_VALUE, benchNumber, seedPayments } from './seed';

const DATABASE = 'imis_payment_bench';
const PORT = 4107;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

async function main(): Promise<void> {
  const payments = Number(option('payments', '100000'));
  const concurrency = Number(option('concurrency', '32'));
  const chunk = option('chunk', '500');
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const benchUrl = databaseUrl.replace(/\/[^/]*$/, `/${DATABASE}`);
  const secret = randomBytes(32).toString('hex');
  const authority = await TestAuthority.create(3600);
  if (process.argv.includes('--typescript')) delete process.env[COMPILED_DIR_ENV];
  else {
    await compileSources();
    process.env[COMPILED_DIR_ENV] = COMPILED_DIR;
  }
  const payment = SUBGRAPHS.find((subgraph) => subgraph.name === 'payment')!;
  const env = {
    DATABASE_URL: databaseUrl,
    DATABASE_NAME: DATABASE,
    EVENT_PREFIX: 'bench.',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    AUTH_JWKS: authority.jwks,
    PAYMENT_GATEWAY_SECRET: secret,
    PAYMENT_MATCH_CHUNK: chunk,
    JOBS_QUEUE_PREFIX: `imis-bench-${randomBytes(3).toString('hex')}`,
  };
  await ensureDatabase(databaseUrl, DATABASE);
  await migrateServices([payment], env);
  const seconds = await seedPayments(benchUrl, payments);
  const service = startProcess('payment', payment.entry, { ...env, PORT: String(PORT) }, { quiet: true });
  await waitForReady(`http://127.0.0.1:${PORT}/health/ready`, 90_000, service);

  const [cpu] = cpus();
  console.log(`Machine: ${cpus().length} cores (${cpu?.model ?? 'unknown'}), ${platform()}/${arch()}, Node ${process.version}, load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
  console.log(`Data: ${payments.toLocaleString('en')} families with an Idle policy of ${BENCH_VALUE}, seeded in ${seconds.toFixed(1)} s; matching chunk ${chunk}`);

  const url = `http://127.0.0.1:${PORT}/payment-gateway/notifications`;
  const started = Date.now();
  let next = 0;
  let refused = 0;
  const sender = async () => {
    for (let index = next++; index < payments; index = next++) {
      const body = JSON.stringify({
        id: randomUUID(),
        type: 'PAYMENT_RECEIVED',
        amount: BENCH_VALUE,
        transactionNo: `BENCH-${index}`,
        paymentDate: '2026-02-01',
        details: [{ insuranceNumber: benchNumber(index), productCode: BENCH_PRODUCT }],
      });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-imis-timestamp': timestamp, 'x-imis-signature': signature }, body });
      if (response.status !== 200) refused++;
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, sender));
  const posted = (Date.now() - started) / 1000;
  console.log(`Notifications: ${payments.toLocaleString('en')} posted in ${posted.toFixed(1)} s (${(payments / posted).toFixed(0)}/s), ${refused} refused`);

  const sql = new Client({ connectionString: benchUrl });
  await sql.connect();
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    const { rows } = await sql.query<{ waiting: string }>(`select count(*) as waiting from payment where status = 'RECEIVED'`);
    if (Number(rows[0]!.waiting) === 0 || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const { rows } = await sql.query<{ matched: string; rejected: string; span: number; p50: number; p99: number }>(`
    select count(*) filter (where status = 'MATCHED') as matched, count(*) filter (where status = 'REJECTED') as rejected,
      extract(epoch from max(matched_at) - min(received_at))::float as span,
      percentile_cont(0.5) within group (order by extract(epoch from matched_at - received_at) * 1000) filter (where status = 'MATCHED') as p50,
      percentile_cont(0.99) within group (order by extract(epoch from matched_at - received_at) * 1000) filter (where status = 'MATCHED') as p99
    from payment`);
  await sql.end();
  const result = rows[0]!;
  console.log(`Matching: ${Number(result.matched).toLocaleString('en')} matched, ${result.rejected} rejected; ${(Number(result.matched) / result.span).toFixed(0)} matched/s (first receipt to last match)`);
  console.log(`Notification → matched latency: p50 ${Number(result.p50).toFixed(0)} ms, p99 ${Number(result.p99).toFixed(0)} ms`);
  console.log('Notification → Active policy: not measured (needs the contribution and policy services consuming the matched events).');
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
