/**
 * Bulk-import benchmark (not a test). Starts the insuree service as its own process (worker included,
 * IMPORT_WORKER_CONCURRENCY=1) on a fresh bench database, feeds its location projection through JetStream as
 * the location service would (1 region, 5 districts, 50 wards, 500 villages, one health facility), uploads a
 * CSV of 100,000 insurees in 25,000 families straight to the subgraph (startInsureeImport), polls
 * insureeImport until it has finished, then waits until the outbox relay has published every batch event to
 * JetStream. Prints the phases (the worker's own timings, from its log line) and rows/s end to end (upload to
 * last event published; goal ≥ 20,000 rows/s). The worker checks a batch of families while PostgreSQL
 * inserts the previous one, so "parse + validate" (worker CPU) and "write" overlap.
 * With --format xlsx the same rows go as an XLSX workbook (the goal is for CSV; XLSX costs more to read).
 *   npm run bench:import -- [--families 25000] [--members 4] [--format csv|xlsx] [--verbose]
 * Env: DATABASE_URL, NATS_URL, REDIS_URL.
 */
import { randomBytes } from 'crypto';
import { cpus, loadavg } from 'os';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';
import { startProcess, stopAll, waitForReady } from '@imis/deployment';
import { ensureStream, subjectOf } from '@imis/messaging';
import { databaseUrl, dropDatabase, ensureDatabase } from '@imis/persistence';
import { healthFacilityCreated, healthFacilityState, locationCreatedEvents, locationTree, TestAuthority } from '@imis/testing';
import { benchCsv, benchXlsx } from './import-file';

const PORT = 4113;
const GOAL_ROWS_PER_SECOND = 20_000;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function graphql<T>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** The worker's timings from its log line "Import <id>: … in 3440 ms (read 140 ms, checks 900 ms, …)"; `job` is the total. */
function workerTimings(output: string, importId: string): Map<string, number> {
  const line = output.split('\n').find((text) => text.includes(`Import ${importId}:`)) ?? '';
  const match = / in (\d+) ms \(([^)]*)\)/.exec(line);
  const steps = new Map<string, number>([['job', Number(match?.[1] ?? Number.NaN)]]);
  for (const part of match?.[2].split(', ') ?? []) {
    const step = /^(.+) (\d+) ms$/.exec(part);
    if (step) steps.set(step[1], Number(step[2]));
  }
  return steps;
}

async function main(): Promise<void> {
  const families = Number(option('families', '25000'));
  const members = Number(option('members', '4'));
  const verbose = process.argv.includes('--verbose');
  const format = option('format', 'csv').toUpperCase();
  if (format !== 'CSV' && format !== 'XLSX') throw new Error(`--format: csv or xlsx, not ${format}`);
  const load = loadavg().map((value) => value.toFixed(2)).join(' ');
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), node ${process.version}, load average ${load}`);

  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
  const tag = randomBytes(4).toString('hex');
  const database = `imis_insuree_bench_${tag}`;
  const prefix = `bimp${tag}.`;
  const authority = await TestAuthority.create(3600);
  const token = await authority.administratorToken();
  await ensureDatabase(serverUrl, database);
  const nats = await connect({ servers: natsUrl });
  const jsm = await jetstreamManager(nats);
  const sql = new Client({ connectionString: databaseUrl(serverUrl, database) });
  const stop = async () => {
    await stopAll();
    await sql.end().catch(() => undefined);
    const streamPrefix = `${prefix.slice(0, -1).toUpperCase()}_`;
    for await (const name of jsm.streams.names()) if (name.startsWith(streamPrefix)) await jsm.streams.delete(name);
    await nats.close();
    await dropDatabase(serverUrl, database);
  };
  try {
    const insuree = startProcess(
      'insuree',
      process.env.BENCH_INSUREE_ENTRY ?? 'services/insuree/src/main.ts',
      {
        PORT: String(PORT),
        DATABASE_URL: serverUrl,
        DATABASE_NAME: database,
        NATS_URL: natsUrl,
        EVENT_PREFIX: prefix,
        MIGRATE_ON_START: 'true',
        AUTH_JWKS: authority.jwks,
        IMPORT_QUEUE_PREFIX: `bench-${tag}`,
        IMPORT_WORKER_CONCURRENCY: '1',
        IMPORT_MAX_BYTES: String(64 * 1_048_576),
        LOG_LEVEL: 'info',
      },
      { quiet: !verbose },
    );
    const url = `http://127.0.0.1:${PORT}`;
    await waitForReady(`${url}/health/ready`, 60_000, insuree);
    await sql.connect();

    // The location service's events, as the projection would receive them.
    const tree = locationTree({ regions: 1, districtsPerRegion: 5, wardsPerDistrict: 10, villagesPerWard: 10, codePrefix: 'B' });
    const villages = tree.filter((location) => location.type === 'V');
    const facility = healthFacilityState(tree.find((location) => location.type === 'D')!.id, 'BHF1');
    await ensureStream(jsm, { prefix, service: 'location' });
    const js = jetstream(nats);
    for (const event of [...locationCreatedEvents(tree), healthFacilityCreated(facility)]) {
      await js.publish(subjectOf(prefix, event.type), JSON.stringify(event), { msgID: event.id });
    }
    for (;;) {
      const [{ locations, facilities }] = (
        await sql.query<{ locations: string; facilities: string }>(
          'select (select count(*) from projected_location) as locations, (select count(*) from projected_health_facility) as facilities',
        )
      ).rows;
      if (Number(locations) === tree.length && Number(facilities) === 1) break;
      await sleep(100);
    }

    const csv = benchCsv(families, members, villages, facility.code, 10_000_000 + Math.floor(Math.random() * 50_000_000));
    const rows = families * members;
    const file = format === 'CSV' ? Buffer.from(csv) : await benchXlsx(csv);
    const contentBase64 = file.toString('base64');
    console.log(`file: ${rows.toLocaleString('en')} insurees in ${families.toLocaleString('en')} families, ${(file.length / 1_048_576).toFixed(1)} MiB ${format}; ${villages.length} villages`);

    const started = Date.now();
    const { startInsureeImport } = await graphql<{ startInsureeImport: { insureeImport: { id: string } | null; errors: unknown[] } }>(
      url,
      token,
      'mutation($input: StartInsureeImportInput!) { startInsureeImport(input: $input) { insureeImport { id } errors { code message } } }',
      { input: { fileName: `bench.${format.toLowerCase()}`, format, contentBase64, dateFormat: 'DMY', mode: 'ALL_OR_NOTHING' } },
    );
    if (!startInsureeImport.insureeImport) throw new Error(`Import refused: ${JSON.stringify(startInsureeImport.errors)}`);
    const id = startInsureeImport.insureeImport.id;
    const accepted = Date.now();
    let job: Record<string, unknown>;
    for (;;) {
      ({ insureeImport: job } = await graphql<{ insureeImport: Record<string, unknown> }>(
        url,
        token,
        'query($id: ID!) { insureeImport(id: $id) { status rowsDone totalRows errorsCount familiesCreated insureesCreated failureMessage } }',
        { id },
      ));
      if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
      await sleep(20);
    }
    const committed = Date.now();
    if (job.status !== 'SUCCEEDED') throw new Error(`Import failed: ${JSON.stringify(job)}`);
    let events = 0;
    for (;;) {
      const [{ unsent, sent }] = (
        await sql.query<{ unsent: string; sent: string }>(
          'select count(*) filter (where sent_at is null) as unsent, count(*) filter (where sent_at is not null) as sent from outbox',
        )
      ).rows;
      if (Number(unsent) === 0 && Number(sent) > 0) {
        events = Number(sent);
        break;
      }
      await sleep(10);
    }
    const published = Date.now();

    const steps = workerTimings(insuree.recentOutput(), id);
    const step = (name: string) => (steps.get(name) ?? 0) / 1000;
    const validate = step('read') + step('references') + step('checks');
    const write = step('batches built') + step('waiting for PostgreSQL') + step('error report and commit');
    console.log(`import: ${job.familiesCreated} families, ${job.insureesCreated} insurees, ${job.errorsCount} errors, ${events} batch events`);
    console.log(`  upload + enqueue (startInsureeImport):  ${seconds(accepted - started)} s`);
    console.log(`  job in the worker:                      ${step('job').toFixed(2)} s (${[...steps].filter(([name]) => name !== 'job').map(([name, ms]) => `${name} ${seconds(ms)} s`).join(', ')})`);
    console.log(`    parse + validate (read, references, checks; worker CPU): ${validate.toFixed(2)} s`);
    console.log(`    write (batches built, waiting for PostgreSQL, commit):   ${write.toFixed(2)} s, overlapped with the checks`);
    console.log(`  finished seen by the poll:              ${seconds(committed - started)} s after upload`);
    console.log(`  events published (relay → JetStream after commit): ${seconds(published - committed)} s`);
    const rate = Math.round(rows / ((published - started) / 1000));
    const goal = format === 'CSV' ? ` (goal ≥ ${GOAL_ROWS_PER_SECOND.toLocaleString('en')}: ${rate >= GOAL_ROWS_PER_SECOND ? 'met' : 'NOT met'})` : ' (XLSX; the goal is for CSV)';
    console.log(`total: ${seconds(published - started)} s, ${rate.toLocaleString('en')} rows/s end to end${goal}`);
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
