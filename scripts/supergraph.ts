/**
 * Composes the supergraph of the deployed subgraphs (IMIS_SERVICES, default all) into
 * gateway/supergraph.graphql (or --out <file>). With --check, writes nothing and exits 1 when
 * composition fails or the file differs from a fresh composition.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { relative, resolve } from 'path';
import { composeSupergraph, deployedSubgraphs, printSubgraphSdl, REPO_ROOT } from '@imis/deployment';

const DEFAULT_OUT = 'gateway/supergraph.graphql';

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const quiet = argv.includes('--quiet');
  const outIndex = argv.indexOf('--out');
  const out = resolve(REPO_ROOT, outIndex >= 0 && argv[outIndex + 1] ? argv[outIndex + 1] : DEFAULT_OUT);
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
  const shown = relative(REPO_ROOT, out);
  if (check) {
    const committed = existsSync(out) ? readFileSync(out, 'utf8') : '';
    if (committed !== outcome.supergraphSdl) {
      process.stderr.write(`${shown} is out of date (${firstDifference(committed, outcome.supergraphSdl)}); run: npm run supergraph\n`);
      return 1;
    }
    process.stdout.write(`${shown} is up to date (${subgraphs.map((s) => s.name).join(', ')})\n`);
    return 0;
  }
  writeFileSync(out, outcome.supergraphSdl);
  process.stdout.write(`Wrote ${shown} (${subgraphs.map((s) => s.name).join(', ')})\n`);
  return 0;
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
