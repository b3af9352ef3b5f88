import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { composeSupergraph, printSubgraphSdl, SUBGRAPHS } from '@imis/deployment';

/**
 * A supergraph of only the subgraphs a scenario starts (name → URL), written to a temporary file for the
 * gateway's SUPERGRAPH_PATH: the committed one names every subgraph, and the gateway is ready only when
 * all of them answer.
 */
export async function supergraphFile(urls: Record<string, string>): Promise<{ path: string; directory: string }> {
  const subgraphs = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      const definition = SUBGRAPHS.find((subgraph) => subgraph.name === name);
      if (!definition) throw new Error(`unknown subgraph ${name}`);
      return { ...(await printSubgraphSdl(definition)), url };
    }),
  );
  const composed = composeSupergraph(subgraphs);
  if (!composed.ok) throw new Error(`Supergraph composition failed: ${composed.errors.join('; ')}`);
  const directory = mkdtempSync(join(tmpdir(), 'imis-e2e-'));
  const path = join(directory, 'supergraph.graphql');
  writeFileSync(path, composed.supergraphSdl);
  return { path, directory };
}
