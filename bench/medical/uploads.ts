import { randomBytes } from 'crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';
import { type ManagedProcess, startProcess, stopAll, waitForReady } from '@imis/deployment';
import { databaseUrl, dropDatabase, ensureDatabase } from '@imis/persistence';
import { TestAuthority } from '@imis/testing';
import { distribution } from '../auth/percentiles';
import { diagnosisCsv } from './diagnosis-file';

export interface UploadBenchOptions {
  serverUrl: string;
  natsUrl: string;
  diagnoses: number;
  items: number;
  /** createMedicalItem requests in flight at once. */
  concurrency: number;
  verbose: boolean;
}

const PORT = 4114;
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1000)).toLocaleString('en');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Graphql = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

function graphqlClient(url: string, token: string): Graphql {
  return async <T>(query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(body.errors ?? body)}`);
    return body.data;
  };
}

/** When every recorded event has been published (the relay marks a row sent once JetStream acknowledged it). */
async function allPublished(sql: Client, atLeast: number): Promise<number> {
  for (;;) {
    const [{ unsent, sent }] = (
      await sql.query<{ unsent: string; sent: string }>('select count(*) filter (where sent_at is null) as unsent, count(*) filter (where sent_at is not null) as sent from outbox')
    ).rows;
    if (Number(unsent) === 0 && Number(sent) >= atLeast) return Date.now();
    await sleep(10);
  }
}

/** The job's own time from its log line "Upload <id> SUCCEEDED: … in 1234 ms". */
function jobMs(service: ManagedProcess, uploadId: string): number {
  const line = service.recentOutput().split('\n').find((text) => text.includes(`Upload ${uploadId} `)) ?? '';
  return Number(/ in (\d+) ms/.exec(line)?.[1] ?? Number.NaN);
}

async function benchDiagnosesUpload(graphql: Graphql, sql: Client, service: ManagedProcess, rows: number): Promise<number> {
  const csv = diagnosisCsv(rows);
  console.log(`file: ${rows.toLocaleString('en')} ICD-10-like diagnoses (A000…Z999), ${(csv.length / 1_048_576).toFixed(2)} MiB CSV`);
  const started = Date.now();
  const { uploadDiagnoses } = await graphql<{ uploadDiagnoses: { diagnosisUpload: { id: string } | null; errors: unknown[] } }>(
    'mutation($input: UploadDiagnosesInput!) { uploadDiagnoses(input: $input) { diagnosisUpload { id } errors { code message } } }',
    { input: { file: Buffer.from(csv).toString('base64'), fileName: 'icd10.csv', format: 'CSV', mode: 'ALL_OR_NOTHING', strategy: 'INSERT_ONLY' } },
  );
  if (!uploadDiagnoses.diagnosisUpload) throw new Error(`Upload refused: ${JSON.stringify(uploadDiagnoses.errors)}`);
  const id = uploadDiagnoses.diagnosisUpload.id;
  const accepted = Date.now();
  let upload: Record<string, unknown>;
  for (;;) {
    ({ diagnosisUpload: upload } = await graphql<{ diagnosisUpload: Record<string, unknown> }>(
      'query($id: ID!) { diagnosisUpload(id: $id) { status totalRows created errorsCount failureMessage } }',
      { id },
    ));
    if (upload.status === 'SUCCEEDED' || upload.status === 'FAILED') break;
    await sleep(20);
  }
  const succeeded = Date.now();
  if (upload.status !== 'SUCCEEDED' || upload.created !== rows) throw new Error(`Upload did not create every row: ${JSON.stringify(upload)}`);
  const batches = Math.ceil(rows / 1000);
  const published = await allPublished(sql, batches);
  console.log(`upload: ${upload.created} created, ${upload.errorsCount} errors, ${batches} batch events`);
  console.log(`  uploadDiagnoses (file stored, job queued):  ${seconds(accepted - started)} s`);
  console.log(`  job in the service (read, check, plan, write): ${seconds(jobMs(service, id))} s`);
  console.log(`  SUCCEEDED seen by the poll:                ${seconds(succeeded - started)} s after upload: ${perSecond(rows, succeeded - started)} rows/s`);
  console.log(`  last event on JetStream:                   ${seconds(published - started)} s after upload: ${perSecond(rows, published - started)} rows/s end to end`);
  return batches;
}

async function benchItemCreation(graphql: Graphql, sql: Client, count: number, concurrency: number, eventsBefore: number): Promise<void> {
  const mutation = 'mutation($input: CreateMedicalItemInput!) { createMedicalItem(input: $input) { item { id } errors { code message } } }';
  const input = (index: number) => ({
    code: `I${String(index).padStart(5, '0')}`,
    name: `Bench medicine ${index} ${['tablet', 'capsule', 'syrup', 'injection'][index % 4]}`,
    type: index % 5 === 0 ? 'MEDICAL_CONSUMABLE' : 'DRUG',
    package: 'strip of 10',
    price: `${1 + (index % 400)}.${String(index % 100).padStart(2, '0')}`,
    careType: 'BOTH',
  });
  await graphql(mutation, { input: { ...input(count), code: 'WARMUP' } }); // warm-up: plans, JIT, pool
  const samples: number[] = [];
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next++;
        const call = performance.now();
        const { createMedicalItem } = await graphql<{ createMedicalItem: { item: unknown; errors: unknown[] } }>(mutation, { input: input(index) });
        if (!createMedicalItem.item) throw new Error(`Item ${index} refused: ${JSON.stringify(createMedicalItem.errors)}`);
        samples.push(performance.now() - call);
      }
    }),
  );
  const created = Date.now();
  const published = await allPublished(sql, eventsBefore + count + 1);
  const d = distribution(samples);
  console.log(`items: ${count.toLocaleString('en')} createMedicalItem mutations over HTTP to the subgraph, ${concurrency} in flight (use case, history, event in one transaction each)`);
  console.log(`  all committed:           ${seconds(created - started)} s: ${perSecond(count, created - started)} items/s; per mutation p50 ${d.p50.toFixed(1)} ms, p95 ${d.p95.toFixed(1)} ms, p99 ${d.p99.toFixed(1)} ms`);
  console.log(`  last event on JetStream: ${seconds(published - started)} s: ${perSecond(count, published - started)} items/s end to end`);
}

/**
 * Part B: the medical service as its own process (compiled by swc on the fly, MIGRATE_ON_START, its API
 * running the diagnosis upload jobs, outbox relay to JetStream) on a fresh database; the diagnoses upload
 * of a generated ICD-10-like CSV through `uploadDiagnoses`, then items through `createMedicalItem`.
 */
export async function benchUploads(options: UploadBenchOptions): Promise<void> {
  const tag = randomBytes(4).toString('hex');
  const database = `imis_medical_bench_uploads_${tag}`;
  const prefix = `bmed${tag}.`;
  const authority = await TestAuthority.create(3600);
  await ensureDatabase(options.serverUrl, database);
  const nats = await connect({ servers: options.natsUrl });
  const jsm = await jetstreamManager(nats);
  const sql = new Client({ connectionString: databaseUrl(options.serverUrl, database) });
  try {
    const service = startProcess(
      'medical',
      process.env.BENCH_MEDICAL_ENTRY ?? 'services/medical/src/main.ts',
      {
        PORT: String(PORT),
        DATABASE_URL: options.serverUrl,
        DATABASE_NAME: database,
        NATS_URL: options.natsUrl,
        EVENT_PREFIX: prefix,
        MIGRATE_ON_START: 'true',
        AUTH_JWKS: authority.jwks,
        JOBS_QUEUE_PREFIX: `bench-${tag}`,
        JOBS_CONCURRENCY: 'diagnosis-upload=1',
        LOG_LEVEL: 'info',
      },
      { quiet: !options.verbose },
    );
    const url = `http://127.0.0.1:${PORT}`;
    await waitForReady(`${url}/health/ready`, 60_000, service);
    await sql.connect();
    const graphql = graphqlClient(url, await authority.administratorToken());
    const batches = await benchDiagnosesUpload(graphql, sql, service, options.diagnoses);
    await benchItemCreation(graphql, sql, options.items, options.concurrency, batches);
  } finally {
    await stopAll();
    await sql.end().catch(() => undefined);
    const streamPrefix = `${prefix.slice(0, -1).toUpperCase()}_`;
    for await (const name of jsm.streams.names()) if (name.startsWith(streamPrefix)) await jsm.streams.delete(name);
    await nats.close();
    await dropDatabase(options.serverUrl, database);
  }
}
