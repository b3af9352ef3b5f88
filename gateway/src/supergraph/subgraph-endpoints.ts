import { SUBGRAPHS } from '@imis/deployment';
import type { SupergraphSubgraph } from './supergraph-file';

/**
 * Where each subgraph of the supergraph answers in this deployment: its override from the
 * validated config (e.g. LOCATION_URL) when set, else the URL composed into the supergraph.
 */
export function subgraphEndpoints(subgraphs: SupergraphSubgraph[], config: Record<string, unknown>): SupergraphSubgraph[] {
  return subgraphs.map(({ name, url }) => {
    const definition = SUBGRAPHS.find((candidate) => candidate.name === name);
    const override = definition ? config[definition.urlEnv] : undefined;
    return { name, url: typeof override === 'string' && override !== '' ? override : url };
  });
}
