import type { Transport } from '@graphql-mesh/transport-common';
import { type AsyncFetchFn, buildHTTPExecutor } from '@graphql-tools/executor-http';

/**
 * The "http" transport of the Hive runtime (subgraphs over GraphQL-over-HTTP). The runtime loads
 * `@graphql-mesh/transport-http` by default, which is not installed; this is its plain-HTTP part.
 * The runtime's own fetch must be used so that its plugins (header propagation, timeouts) apply.
 */
export const httpTransport: Transport = {
  getSubgraphExecutor({ transportEntry, fetch, getDisposeReason }) {
    if (!transportEntry.location) throw new Error(`Subgraph ${transportEntry.subgraph} has no URL`);
    if (!fetch) throw new Error('The gateway runtime provided no fetch');
    return buildHTTPExecutor({
      endpoint: transportEntry.location,
      headers: transportEntry.headers ? Object.fromEntries(transportEntry.headers) : undefined,
      ...transportEntry.options,
      getDisposeReason,
      // MeshFetch and AsyncFetchFn are the same function shape with separately declared Response types.
      fetch: fetch as unknown as AsyncFetchFn,
    });
  },
};
