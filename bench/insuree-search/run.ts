/**
 * Name search benchmark (not a test): the insuree service as its own process over a register of N insurees
 * (default 1,000,000, seeded in SQL into a bench database kept between runs), and `insurees(filter: { name })`
 * over HTTP for a mix of names: whole and partial, with and without accents, Latin and Devanagari, CONTAINS
 * and PREFIX, as an administrator and as a district user, with and without `totalCount` (which counts every
 * match). Prints p50/p95 per kind and p50/p95/p99 overall.
 *   npm run bench:search -- [--insurees 1000000] [--requests 300] [--reseed]
 * Env: DATABASE_URL, NATS_URL, REDIS_URL.
 */
import { cpus, loadavg } from 'os';
import { Client } from 'pg';
import { runProcess, startProcess, stopAll, SUBGRAPHS, waitForReady } from '@imis/deployment';
import { ensureDatabase } from '@imis/persistence';
import { TestAuthority } from '@imis/testing';
import { distribution } from '../auth/percentiles';
import { seedInsurees } from './seed-insurees';

const DATABASE = 'imis_insuree_bench_search';
const PORT = 4113;
const NODES = 'edges { node { id insuranceNumber lastName otherNames } }';
/** A result list that shows how many match in all, and one that only pages (totalCount is counted only when asked). */
const QUERIES = {
  'with totalCount': `query ($filter: InsureeFilter) { insurees(filter: $filter, first: 20) { totalCount ${NODES} } }`,
  'page only': `query ($filter: InsureeFilter) { insurees(filter: $filter, first: 20) { ${NODES} pageInfo { hasNextPage } } }`,
};

const TERMS: { kind: string; name: string; nameMatch?: string }[] = [
  { kind: 'common last name', name: 'shrestha' },
  { kind: 'partial, no accent', name: 'goue' },
  { kind: 'accented input', name: 'Élodie' },
  { kind: 'unaccented for accented', name: 'lefevre' },
  { kind: 'full name', name: 'hari mwakyusa' },
  { kind: 'surname first', name: 'mwakyusa hari' },
  { kind: 'two partial words', name: 'goue elod' },
  { kind: 'Devanagari', name: 'श्रेष्ठ' },
  { kind: 'prefix', name: 'zaw', nameMatch: 'PREFIX' },
  { kind: 'no match', name: 'xylophone' },
];

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

async function main(): Promise<void> {
  const insurees = Number(option('insurees', '1000000'));
  const requests = Number(option('requests', '300'));
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const load = loadavg().map((value) => value.toFixed(2)).join(' ');
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), node ${process.version}, load average ${load}`);

  const insuree = SUBGRAPHS.find((subgraph) => subgraph.name === 'insuree')!;
  await ensureDatabase(databaseUrl, DATABASE);
  const env = { DATABASE_URL: databaseUrl, DATABASE_NAME: DATABASE, LOG_LEVEL: 'silent' };
  if ((await runProcess('migrate', insuree.migrate, env, { quiet: true })) !== 0) throw new Error('migration failed');
  const sql = new Client({ connectionString: databaseUrl.replace(/\/[^/]*$/, `/${DATABASE}`) });
  await sql.connect();
  const [{ count }] = (await sql.query('select count(*)::int as count from insuree')).rows as { count: number }[];
  if (count !== insurees || process.argv.includes('--reseed')) {
    const started = Date.now();
    await seedInsurees(sql, insurees);
    console.log(`seeded ${insurees} insurees in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const district = ((await sql.query(`select id from projected_location where code = 'L3'`)).rows as { id: string }[])[0].id;
  await sql.end();

  const authority = await TestAuthority.create(3600);
  const process_ = startProcess('insuree', insuree.entry, { ...env, PORT: String(PORT), AUTH_JWKS: authority.jwks, IMPORT_WORKER_CONCURRENCY: '0', EVENT_PREFIX: 'bsearch.' }, { quiet: true });
  try {
    const url = `http://127.0.0.1:${PORT}`;
    await waitForReady(`${url}/health/ready`, 60_000, process_);
    const users = {
      administrator: await authority.headers({ admin: true }),
      'district user': await authority.headers({ rights: [101101], districtIds: [district] }),
    };
    const search = async (headers: Record<string, string>, term: (typeof TERMS)[number], query: string) => {
      const started = process.hrtime.bigint();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables: { filter: { name: term.name, nameMatch: term.nameMatch ?? 'CONTAINS' } } }),
      });
      const body = (await response.json()) as { data?: { insurees: { totalCount?: number } }; errors?: unknown };
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      return { ms: Number(process.hrtime.bigint() - started) / 1e6, totalCount: body.data.insurees.totalCount };
    };
    for (const term of TERMS) await search(users.administrator, term, QUERIES['with totalCount']); // warm-up: caches, JIT
    const summary: string[] = [];
    for (const [who, headers] of Object.entries(users)) {
      for (const [variant, query] of Object.entries(QUERIES)) {
        const all: number[] = [];
        const kinds: string[] = [];
        for (const term of TERMS) {
          const samples: number[] = [];
          let matches: number | undefined;
          for (let i = 0; i < Math.ceil(requests / TERMS.length); i++) {
            const { ms, totalCount } = await search(headers, term, query);
            samples.push(ms);
            matches = totalCount;
          }
          all.push(...samples);
          const d = distribution(samples);
          kinds.push(`${term.kind} "${term.name}"${matches === undefined ? '' : ` (${matches})`} ${d.p50.toFixed(1)}/${d.p95.toFixed(1)}`);
        }
        console.log(`${who}, ${variant}, p50/p95 ms per term: ${kinds.join('; ')}`);
        const d = distribution(all);
        summary.push(`${who}, ${variant}: ${d.count} searches over ${insurees} insurees: p50 ${d.p50.toFixed(1)} ms, p95 ${d.p95.toFixed(1)} ms, p99 ${d.p99.toFixed(1)} ms`);
      }
    }
    for (const line of summary) console.log(line);
  } finally {
    await stopAll();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
