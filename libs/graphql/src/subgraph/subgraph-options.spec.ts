import { buildSchema, graphql } from 'graphql';
import { subgraphSchemaOptions } from './subgraph-options';

const schema = () =>
  buildSchema(`directive @key(fields: String!) on OBJECT\ntype Query { ping: String }\ntype Location @key(fields: "id") { id: ID! name: String }`, {
    assumeValidSDL: true,
  });

const query = `{ _entities(representations: [{ __typename: "Location", id: "7" }]) { ... on Location { id name } } }`;

describe('subgraphSchemaOptions', () => {
  it.each([
    ['a resolver map', (map: Record<string, Record<string, unknown>>) => map],
    ['a list of resolver maps', (map: Record<string, Record<string, unknown>>) => [map]],
  ])('collects reference resolvers from %s', async (_shape, wrap) => {
    const options = subgraphSchemaOptions();
    options.transformResolvers(wrap({ Location: { __resolveReference: (reference: { id: string }) => ({ id: reference.id, name: 'Village 7' }) } }));
    const result = await graphql({ schema: options.transformSchema(schema()), source: query });
    expect(result).toEqual({ data: { _entities: [{ id: '7', name: 'Village 7' }] } });
  });
});
