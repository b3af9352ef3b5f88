import { buildSchema } from 'graphql';
import { hostileCases } from './support/hostile-case-generator';
import { queryShapes } from './support/hostile-query-shapes';

/** The generators of e2e/hostile-input.e2e-spec.ts on a small schema: which paths, values and shapes they produce (no processes). */
const schema = buildSchema(`
  enum Kind { FIRST SECOND }
  input Address { street: String, village: ID! }
  input CreatePersonInput { name: String!, kind: Kind!, age: Int!, active: Boolean!, address: Address, tags: [String!], self: CreatePersonInput }
  type Person { id: ID!, name: String, parent: Person }
  type Query { person(id: ID!): Person, count(kind: Kind!): Int!, _service: String }
  type Mutation { createPerson(input: CreatePersonInput!): Person }
`);

describe('hostile case generator', () => {
  const cases = hostileCases(schema);
  const names = cases.map((hostile) => hostile.name);

  it('reaches every String and ID path: top level, in input objects, in lists, recursive inputs to a bounded depth', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'Query.person id: NUL',
        'Query.person id: lone surrogate',
        'Query.person id: invalid id',
        'Mutation.createPerson input.name: NUL',
        'Mutation.createPerson input.address.street: lone surrogate',
        'Mutation.createPerson input.address.village: invalid id',
        'Mutation.createPerson input.tags: NUL',
        'Mutation.createPerson input.self.self.name: NUL',
      ]),
    );
    expect(names.filter((name) => name.includes('input.self.self.self.self.'))).toEqual([]);
    expect(names.filter((name) => name.startsWith('Query._service') || name.startsWith('Query.count'))).toEqual([]);
    expect(names.filter((name) => name.includes('input.name: invalid id'))).toEqual([]);
  });

  it('fills every required argument with a harmless value and puts the hostile one only at the target', () => {
    const street = cases.find((hostile) => hostile.name === 'Mutation.createPerson input.address.street: NUL')!;
    expect(street.query).toBe('mutation($input: CreatePersonInput!) { createPerson(input: $input) { __typename } }');
    expect(street.variables).toEqual({ input: { name: 'text', kind: 'FIRST', age: 1, active: false, address: { street: 'a\u0000b', village: expect.stringMatching(/^[0-9a-f-]{36}$/) } } });
    const tags = cases.find((hostile) => hostile.name === 'Mutation.createPerson input.tags: lone surrogate')!;
    expect(tags.variables.input).toMatchObject({ tags: ['a\ud800b'] });
    expect(tags).toMatchObject({ argument: 'input.tags[0]', reason: 'LONE_SURROGATE' });
    expect(cases.find((hostile) => hostile.name === 'Mutation.createPerson input.address.village: invalid id')).toMatchObject({ argument: 'input.address.village', reason: 'NOT_A_UUID' });
  });

  it('sends one 1 MB string per root field', () => {
    expect(cases.filter((hostile) => hostile.oversized).map((hostile) => hostile.name)).toEqual(['Query.person id: 1 MB string', 'Mutation.createPerson input.name: 1 MB string']);
  });

  it('builds deep queries along a recursive field and wide ones by aliasing the root field', () => {
    const shapes = queryShapes(schema, [4], 3);
    expect(shapes.map((shape) => shape.name)).toEqual(['Query.person 3 aliases', 'Query.person 4 levels', 'Query.count 3 aliases']);
    expect(shapes[0].query).toBe('query($id: ID!) { a0: person(id: $id) { __typename } a1: person(id: $id) { __typename } a2: person(id: $id) { __typename } }');
    expect(shapes[1].query).toBe('query($id: ID!) { person(id: $id) { parent { parent { parent { __typename } } } } }');
    expect(shapes[2]).toMatchObject({ query: 'query($kind: Kind!) { a0: count(kind: $kind) a1: count(kind: $kind) a2: count(kind: $kind) }', variables: { kind: 'FIRST' } });
  });
});
