import { subgraphEndpoints } from './subgraph-endpoints';
import { parseSupergraph } from './supergraph-file';

const SUPERGRAPH = `
  schema @link(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION) { query: Query }
  directive @join__graph(name: String!, url: String!) on ENUM_VALUE
  enum join__Graph {
    LOCATION @join__graph(name: "location", url: "http://127.0.0.1:4001/graphql")
    CLAIM @join__graph(name: "claim", url: "http://127.0.0.1:4007/graphql")
  }
  type Query { hello: String }
`;

describe('supergraph file', () => {
  it('lists the subgraphs of the join__Graph enum', () => {
    expect(parseSupergraph(SUPERGRAPH).subgraphs).toEqual([
      { name: 'location', url: 'http://127.0.0.1:4001/graphql' },
      { name: 'claim', url: 'http://127.0.0.1:4007/graphql' },
    ]);
  });

  it('refuses a schema that is not a supergraph', () => {
    expect(() => parseSupergraph('type Query { hello: String }')).toThrow('declares no subgraph');
  });

  it('overrides the URL of a known subgraph from its env variable and keeps the others', () => {
    const { subgraphs } = parseSupergraph(SUPERGRAPH);
    expect(subgraphEndpoints(subgraphs, { LOCATION_URL: 'http://location:4001/graphql' })).toEqual([
      { name: 'location', url: 'http://location:4001/graphql' },
      { name: 'claim', url: 'http://127.0.0.1:4007/graphql' },
    ]);
  });
});
