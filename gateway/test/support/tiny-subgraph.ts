import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSchema, GraphQLError } from 'graphql';
import type { IncomingHttpHeaders } from 'http';

const TYPES = `
  type Location @key(fields: "id") { id: ID! code: String! name: String! }
  type LocationEdge { cursor: String! node: Location! }
  type LocationConnection { edges: [LocationEdge!]! totalCount: Int! }
  "Recursive, for the query depth limit."
  type Nested { level: Int! child: Nested }
  type ReceivedHeaders { authorization: String correlationId: String forwardedFor: String }
  type Query {
    locations(first: Int): LocationConnection!
    receivedHeaders: ReceivedHeaders!
    nested: Nested!
    failInternally: String
    refuse: String
    slow(ms: Int!): String
  }
  type Mutation {
    "Stands in for identity's public sign-in: answers with the headers it received."
    login(username: String!): ReceivedHeaders!
    "Stands in for identity's public token refresh."
    refreshToken(refreshToken: String!): ReceivedHeaders!
  }
`;

/**
 * SDL of a throwaway "location" subgraph for the gateway tests, as composed. With a static
 * supergraph the gateway sends it only ordinary queries, so it is served as a plain GraphQL schema.
 */
export const tinySubgraphSdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])\n${TYPES}`;

interface Context {
  headers: IncomingHttpHeaders;
}

const LOCATIONS = [
  { id: 'loc-1', code: 'R1', name: 'Region One' },
  { id: 'loc-2', code: 'D1', name: 'District One' },
];

const receivedHeaders = (headers: IncomingHttpHeaders) => ({
  authorization: headers.authorization ?? null,
  correlationId: headers['x-correlation-id'] ?? null,
  forwardedFor: headers['x-forwarded-for'] ?? null,
});

const rootValue = {
  locations: ({ first }: { first?: number }) => ({
    totalCount: LOCATIONS.length,
    edges: LOCATIONS.slice(0, first ?? LOCATIONS.length).map((node) => ({ cursor: node.id, node })),
  }),
  receivedHeaders: (_args: unknown, { headers }: Context) => receivedHeaders(headers),
  nested: () => ({ level: 1, child: { level: 2, child: null } }),
  login: (_args: unknown, { headers }: Context) => receivedHeaders(headers),
  refreshToken: (_args: unknown, { headers }: Context) => receivedHeaders(headers),
  failInternally: () => {
    throw new Error('relation "location" does not exist at 10.1.2.3:5432');
  },
  slow: ({ ms }: { ms: number }) => new Promise((resolve) => setTimeout(() => resolve('done'), ms)),
  refuse: () => {
    throw new GraphQLError('Right 1001 is required', { extensions: { code: 'FORBIDDEN' } });
  },
};

export interface TinySubgraph {
  url: string;
  /** GraphQL requests it has received so far. */
  requests(): number;
  stop(): Promise<void>;
}

/**
 * Starts the subgraph on a free port; it echoes the headers it receives and fails on demand. It does not
 * verify tokens itself: what reaches it shows what the gateway let through.
 */
export async function startTinySubgraph(): Promise<TinySubgraph> {
  const server = new ApolloServer<Context>({
    schema: buildSchema(TYPES.replace(/@key\([^)]*\)/g, '')),
    rootValue,
    includeStacktraceInErrorResponses: true,
  });
  let requests = 0;
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => {
      requests += 1;
      return { headers: req.headers };
    },
  });
  return { url, requests: () => requests, stop: () => server.stop() };
}
