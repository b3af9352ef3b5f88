import { composeServices } from '@theguild/federation-composition';
import { buildSchema, graphql, parse } from 'graphql';
import { buildSubgraphSchema } from './build-subgraph-schema';
import { subgraphSdl } from './subgraph-options';

const typeDefs = `
  directive @key(fields: String!) repeatable on OBJECT
  type Query { location(id: ID!): Location }
  type Location @key(fields: "id") { id: ID! code: String! }
  type Note { text: String }
`;

function sampleSubgraph() {
  const schema = buildSchema(typeDefs, { assumeValidSDL: true });
  const loaded: string[][] = [];
  const references = new Map([
    [
      'Location',
      async (representation: Record<string, unknown>) => {
        loaded.push([String(representation.id)]);
        return representation.id === 'missing' ? null : { id: representation.id, code: `C-${String(representation.id)}` };
      },
    ],
  ]);
  return { schema: buildSubgraphSchema(schema, references), loaded };
}

describe('buildSubgraphSchema', () => {
  it('publishes its SDL with the federation link and key directives', async () => {
    const sdl = await subgraphSdl(sampleSubgraph().schema);
    expect(sdl).toContain('extend schema @link(url: "https://specs.apollo.dev/federation/v2.9"');
    expect(sdl).toContain('type Location @key(fields: "id")');
    expect(sdl).not.toContain('_entities');
  });

  it('resolves entity representations through the reference resolvers', async () => {
    const { schema, loaded } = sampleSubgraph();
    const result = await graphql({
      schema,
      source: `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Location { id code } } }`,
      variableValues: { representations: [{ __typename: 'Location', id: 'a' }, { __typename: 'Location', id: 'missing' }] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ id: 'a', code: 'C-a' }, null] });
    expect(loaded).toEqual([['a'], ['missing']]);
  });

  it('refuses representations of types that are not its entities', async () => {
    const result = await graphql({
      schema: sampleSubgraph().schema,
      source: `{ _entities(representations: [{ __typename: "Note" }]) { __typename } }`,
    });
    expect(result.errors?.[0].message).toBe('"Note" is not an entity of this subgraph');
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('composes into a supergraph', async () => {
    const sdl = await subgraphSdl(sampleSubgraph().schema);
    const composed = composeServices([{ name: 'location', typeDefs: parse(sdl), url: 'http://127.0.0.1:4001/graphql' }]);
    expect(composed.errors ?? []).toEqual([]);
    expect(composed.supergraphSdl).toContain('@join__type(graph: LOCATION, key: "id")');
  });
});
