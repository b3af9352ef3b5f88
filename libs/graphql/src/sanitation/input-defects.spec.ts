import {
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { findInputDefect, type InputDefect } from './input-defects';
import { BODY_LIMITED } from './input-rules';

const UUID = '0190e0c0-0000-7000-8000-000000000001';

const Person = new GraphQLInputObjectType({
  name: 'PersonInput',
  fields: { id: { type: GraphQLID }, lastName: { type: new GraphQLNonNull(GraphQLString) }, nicknames: { type: new GraphQLList(GraphQLString) } },
});
const Family = new GraphQLInputObjectType({
  name: 'FamilyInput',
  fields: {
    villageId: { type: new GraphQLNonNull(GraphQLID) },
    address: { type: GraphQLString },
    head: { type: Person },
    memberIds: { type: new GraphQLList(new GraphQLNonNull(GraphQLID)) },
    externalId: { type: GraphQLID, extensions: { anyId: true } },
    photoBase64: { type: GraphQLString, extensions: { textMaxLength: BODY_LIMITED } },
    code: { type: GraphQLString, extensions: { textMaxLength: 8 } },
  },
});
const Filter = new GraphQLInputObjectType({
  name: 'FamilyFilter',
  fields: { name: { type: GraphQLString }, locationId: { type: GraphQLID }, note: { type: GraphQLString, extensions: { textMaxLength: 500 } } },
});
const FamilyType: GraphQLObjectType = new GraphQLObjectType({
  name: 'Family',
  fields: () => ({
    id: { type: new GraphQLNonNull(GraphQLID) },
    members: { type: new GraphQLList(FamilyType), args: { nameLike: { type: GraphQLString } } },
  }),
});
const AnyScalar = new GraphQLScalarType({ name: '_Any' });
const JsonScalar = new GraphQLScalarType({ name: 'JSON' });
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      family: { type: FamilyType, args: { id: { type: new GraphQLNonNull(GraphQLID) } } },
      families: { type: new GraphQLList(FamilyType), args: { filter: { type: Filter }, after: { type: GraphQLString }, first: { type: GraphQLInt } } },
      _entities: { type: new GraphQLList(FamilyType), args: { representations: { type: new GraphQLList(AnyScalar) } } },
      settings: { type: GraphQLString, args: { value: { type: JsonScalar } } },
    },
  }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: { createFamily: { type: FamilyType, args: { input: { type: new GraphQLNonNull(Family) } } } },
  }),
});

function defectOf(query: string, variables?: Record<string, unknown>): Omit<InputDefect, 'node'> | null {
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const defect = findInputDefect({ schema, operation, fragments, variables });
  if (!defect) return null;
  const { node: _node, ...rest } = defect;
  return rest;
}

const CREATE = 'mutation ($input: FamilyInput!) { createFamily(input: $input) { id } }';
const family = (overrides: Record<string, unknown> = {}) => ({ villageId: UUID, head: { lastName: 'Ngoué', nicknames: ['Élo'] }, ...overrides });
const FAMILIES = 'query ($filter: FamilyFilter) { families(filter: $filter) { id } }';

describe('findInputDefect', () => {
  it('finds nothing in clean input, whatever the script', () => {
    expect(defectOf(CREATE, { input: family({ address: 'राम श्रेष्ठ 🌍', memberIds: [UUID] }) })).toBeNull();
    expect(defectOf(`{ family(id: "${UUID}") { id } }`)).toBeNull();
  });

  it('names the argument path of a NUL or a lone surrogate at any depth of variables', () => {
    expect(defectOf(CREATE, { input: family({ address: 'a\u0000' }) })).toEqual({ argument: 'input.address', reason: 'NUL_CHARACTER' });
    expect(defectOf(CREATE, { input: family({ head: { lastName: 'x\ud800' } }) })).toEqual({ argument: 'input.head.lastName', reason: 'LONE_SURROGATE' });
    expect(defectOf(CREATE, { input: family({ head: { lastName: 'ok', nicknames: ['a', '\udfff'] } }) })).toEqual({
      argument: 'input.head.nicknames[1]',
      reason: 'LONE_SURROGATE',
    });
  });

  it('checks inline literals, variables inside literals and variable defaults', () => {
    expect(defectOf(`mutation { createFamily(input: { villageId: "${UUID}", address: "a\\u0000b" }) { id } }`)).toEqual({ argument: 'input.address', reason: 'NUL_CHARACTER' });
    expect(defectOf(`mutation ($name: String!) { createFamily(input: { villageId: "${UUID}", head: { lastName: $name } }) { id } }`, { name: '\u0000' })).toEqual({
      argument: 'input.head.lastName',
      reason: 'NUL_CHARACTER',
    });
    expect(defectOf('query ($after: String = "c\\u0000") { families(after: $after) { id } }')).toEqual({ argument: 'after', reason: 'NUL_CHARACTER' });
    expect(defectOf('query ($after: String = "c\\u0000") { families(after: $after) { id } }', { after: 'fine' })).toBeNull();
  });

  it('checks arguments of nested fields, fragments and inline fragments', () => {
    expect(defectOf(`{ family(id: "${UUID}") { members(nameLike: "\\u0000") { id } } }`)).toEqual({ argument: 'nameLike', reason: 'NUL_CHARACTER' });
    expect(defectOf(`{ ...F } fragment F on Query { families(after: "\\u0000") { id } }`)).toEqual({ argument: 'after', reason: 'NUL_CHARACTER' });
    expect(defectOf(`{ ... on Query { family(id: "x") { id } } }`)).toEqual({ argument: 'id', reason: 'NOT_A_UUID' });
  });

  it('caps strings at 10,000 characters, search filters at 200, and honours declared caps', () => {
    expect(defectOf(CREATE, { input: family({ address: 'a'.repeat(10_000) }) })).toBeNull();
    expect(defectOf(CREATE, { input: family({ address: 'a'.repeat(10_001) }) })).toEqual({ argument: 'input.address', reason: 'TOO_LONG', maxLength: 10_000 });
    expect(defectOf(FAMILIES, { filter: { name: 'n'.repeat(200) } })).toBeNull();
    expect(defectOf(FAMILIES, { filter: { name: 'n'.repeat(201) } })).toEqual({ argument: 'filter.name', reason: 'TOO_LONG', maxLength: 200 });
    expect(defectOf(FAMILIES, { filter: { note: 'n'.repeat(500) } })).toBeNull();
    expect(defectOf(CREATE, { input: family({ code: 'ABCDEFGHI' }) })).toEqual({ argument: 'input.code', reason: 'TOO_LONG', maxLength: 8 });
    expect(defectOf(CREATE, { input: family({ photoBase64: 'A'.repeat(3_000_000) }) })).toBeNull();
  });

  it('judges length before characters: an over-long string with a NUL is TOO_LONG', () => {
    expect(defectOf(FAMILIES, { filter: { name: `\u0000${'n'.repeat(20_000_000)}` } })).toMatchObject({ reason: 'TOO_LONG' });
  });

  it('refuses ids that are not UUIDs, as strings, integers, list items or a single value for a list', () => {
    expect(defectOf('{ family(id: "R1") { id } }')).toEqual({ argument: 'id', reason: 'NOT_A_UUID' });
    expect(defectOf('{ family(id: 42) { id } }')).toEqual({ argument: 'id', reason: 'NOT_A_UUID' });
    expect(defectOf(CREATE, { input: family({ head: { id: 'not-a-uuid', lastName: 'x' } }) })).toEqual({ argument: 'input.head.id', reason: 'NOT_A_UUID' });
    expect(defectOf(CREATE, { input: family({ memberIds: [UUID, '1 or 1=1'] }) })).toEqual({ argument: 'input.memberIds[1]', reason: 'NOT_A_UUID' });
    expect(defectOf(CREATE, { input: family({ memberIds: 'x' }) })).toEqual({ argument: 'input.memberIds', reason: 'NOT_A_UUID' });
    expect(defectOf(FAMILIES, { filter: { locationId: 7 } })).toEqual({ argument: 'filter.locationId', reason: 'NOT_A_UUID' });
    expect(defectOf(CREATE, { input: family({ externalId: 'CHF-0042' }) })).toBeNull();
  });

  it('leaves values that do not fit their type to GraphQL coercion', () => {
    expect(defectOf(CREATE, { input: family({ head: 'not an object', address: 12 }) })).toBeNull();
    expect(defectOf(CREATE, { input: 'nonsense' })).toBeNull();
  });

  it('checks federation representations: their strings, and their ID fields as UUIDs', () => {
    const entities = 'query ($r: [_Any]) { _entities(representations: $r) { id } }';
    expect(defectOf(entities, { r: [{ __typename: 'Family', id: UUID }] })).toBeNull();
    expect(defectOf(entities, { r: [{ __typename: 'Family', id: UUID }, { __typename: 'Family', id: 'x' }] })).toEqual({ argument: 'representations[1].id', reason: 'NOT_A_UUID' });
    expect(defectOf(entities, { r: [{ __typename: 'Family\u0000', id: UUID }] })).toEqual({ argument: 'representations[0].__typename', reason: 'NUL_CHARACTER' });
    expect(defectOf(`{ _entities(representations: [{ __typename: "Family", id: "x" }]) { id } }`)).toEqual({ argument: 'representations[0].id', reason: 'NOT_A_UUID' });
  });

  it('walks JSON values of any depth without recursion', () => {
    let deep: unknown = 'a\u0000';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    const defect = defectOf('query ($v: JSON) { settings(value: $v) }', { v: deep });
    expect(defect).toMatchObject({ reason: 'NUL_CHARACTER', argument: expect.stringMatching(/^value\[0\]\[0\].*….*\[0\]$/) });
    expect(defect!.argument.length).toBeLessThanOrEqual(201);
    expect(defectOf('{ settings(value: { a: [{ b: "\\u0000" }] }) }')).toEqual({ argument: 'value.a[0].b', reason: 'NUL_CHARACTER' });
  });
});
