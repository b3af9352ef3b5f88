/**
 * Medical catalogue benchmark (not a test), in sections:
 *   A. projection: a claim-like projection database fed through `@imis/medical-projection`'s handlers
 *      (default 5,000 items, 2,000 services, 200 facilities each assigned an items list and a services list
 *      of ~2,000 detail rows in all), then `effectivePrices` for 100,000 (facility, line, date) tuples in
 *      calls of 1,000: lookups/s and p50/p95 per call.
 *   B. uploads: the medical service started as its own process on a fresh database (as bench:import does);
 *      a generated 14,000-row ICD-10-like diagnoses CSV uploaded through `uploadDiagnoses` (the real job
 *      path), rows/s until the upload SUCCEEDED and until its last event is on JetStream; then 5,000 items
 *      created through the `createMedicalItem` mutation (HTTP to the subgraph, 4 in flight), items/s until
 *      all committed and until the last event is on JetStream.
 *   npm run bench:medical -- [--section projection|uploads] [--items 5000] [--services 2000] [--facilities 200]
 *                            [--details 2000] [--tuples 100000] [--chunk 1000]
 *                            [--diagnoses 14000] [--created-items 5000] [--concurrency 4] [--verbose]
 * Env: DATABASE_URL, NATS_URL, REDIS_URL. Each section works in a database of its own, dropped at the end.
 */
import { cpus, loadavg } from 'os';
import { benchProjectionLookups } from './projection-lookups';
import { benchUploads } from './uploads';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const SECTIONS: Record<string, { title: string; run: () => Promise<void> }> = {
  projection: {
    title: 'A. projection: effective prices looked up in the medical projection',
    run: () =>
      benchProjectionLookups({
        serverUrl,
        items: Number(option('items', '5000')),
        services: Number(option('services', '2000')),
        facilities: Number(option('facilities', '200')),
        detailsPerFacility: Number(option('details', '2000')),
        tuples: Number(option('tuples', '100000')),
        chunk: Number(option('chunk', '1000')),
      }),
  },
  uploads: {
    title: 'B. uploads: diagnoses uploaded and items created through the medical service',
    run: () =>
      benchUploads({
        serverUrl,
        natsUrl: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
        diagnoses: Number(option('diagnoses', '14000')),
        items: Number(option('created-items', '5000')),
        concurrency: Number(option('concurrency', '4')),
        verbose: process.argv.includes('--verbose'),
      }),
  },
};

async function main(): Promise<void> {
  const load = loadavg().map((value) => value.toFixed(2)).join(' ');
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), node ${process.version}, load average ${load}`);
  const chosen = option('section', '');
  const sections = chosen ? [chosen] : Object.keys(SECTIONS);
  for (const name of sections) {
    const section = SECTIONS[name];
    if (!section) throw new Error(`--section: one of ${Object.keys(SECTIONS).join(', ')}, not ${name}`);
    console.log(section.title);
    await section.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
