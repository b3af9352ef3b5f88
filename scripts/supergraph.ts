/**
 * Composes the supergraph of the deployed subgraphs (IMIS_SERVICES, default all) into
 * gateway/supergraph.graphql (or --out <file>), and the client schema, the same API without the
 * federation machinery, into gateway/schema.graphql (or --client-out <file>). With --check, writes
 * nothing and exits 1 when composition fails or either file differs from a fresh composition.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { relative, resolve } from 'path';
import { composeSupergraph, deployedSubgraphs, printSubgraphSdl, REPO_ROOT } from '@imis/deployment';

const DEFAULT_OUT = 'gateway/supergraph.graphql';
const DEFAULT_CLIENT_OUT = 'gateway/schema.graphql';

function option(argv: string[], name: string, fallback: string): string {
  const index = argv.indexOf(name);
  return resolve(REPO_ROOT, index >= 0 && argv[index + 1] ? argv[index + 1] : fallback);
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const quiet = argv.includes('--quiet');
  const supergraphPath = option(argv, '--out', DEFAULT_OUT);
  const clientPath = option(argv, '--client-out', DEFAULT_CLIENT_OUT);
  const subgraphs = deployedSubgraphs();
  const sdls = await Promise.all(subgraphs.map(printSubgraphSdl));
  if (!quiet) {
    for (const { name, sdl } of sdls) process.stdout.write(`# ---- subgraph ${name} ----\n${sdl.trimEnd()}\n\n`);
  }
  const outcome = composeSupergraph(sdls);
  if (!outcome.ok) {
    process.stderr.write(`Composition failed:\n${outcome.errors.map((error) => `  - ${error}`).join('\n')}\n`);
    return 1;
  }
  const names = subgraphs.map((s) => s.name).join(', ');
  const files = [
    { path: supergraphPath, expected: outcome.supergraphSdl },
    { path: clientPath, expected: outcome.clientSdl },
  ];
  let code = 0;
  for (const { path, expected } of files) {
    const shown = relative(REPO_ROOT, path);
    if (!check) {
      writeFileSync(path, expected);
      process.stdout.write(`Wrote ${shown} (${names})\n`);
      continue;
    }
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (committed === expected) {
      process.stdout.write(`${shown} is up to date (${names})\n`);
    } else {
      process.stderr.write(`${shown} is out of date (${firstDifference(committed, expected)}); run: npm run supergraph\n`);
      code = 1;
    }
  }
  return code;
}

function firstDifference(actual: string, expected: string): string {
  if (actual === '') return 'missing';
  const actualLines = actual.split('\n');
  const expectedLines = expected.split('\n');
  const line = expectedLines.findIndex((text, index) => text !== actualLines[index]);
  const at = line >= 0 ? line : expectedLines.length;
  return `first difference at line ${at + 1}: expected ${JSON.stringify(expectedLines[at] ?? '<end>')}, found ${JSON.stringify(actualLines[at] ?? '<end>')}`;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
