import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { composeSupergraph, printSubgraphSdl, type SubgraphDefinition } from '@imis/deployment';

/**
 * A supergraph of some subgraphs only (as `npm start` composes the whole one), written to a temporary file removed
 * at exit: a bench's gateway is then ready without the services it does not start.
 */
export async function supergraphOf(subgraphs: readonly SubgraphDefinition[]): Promise<string> {
  const outcome = composeSupergraph(await Promise.all(subgraphs.map(printSubgraphSdl)));
  if (!outcome.ok) throw new Error(`Composition failed:\n  - ${outcome.errors.join('\n  - ')}`);
  const directory = mkdtempSync(join(tmpdir(), 'imis-bench-'));
  process.once('exit', () => rmSync(directory, { recursive: true, force: true }));
  const path = join(directory, 'supergraph.graphql');
  writeFileSync(path, outcome.supergraphSdl);
  return path;
}
