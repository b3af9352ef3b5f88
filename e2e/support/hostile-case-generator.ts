import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** One generated hostile request: an operation whose variable at `path` carries a value every service refuses. */
export interface HostileCase {
  /** `Mutation.createLocation input.name: NUL`, for the failure message. */
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The 1 MB strings, which a subgraph's body limit may refuse before the sanitation plugin. */
  oversized: boolean;
  /** The refusal's `extensions.argument` (`input.insureeIds[0]`) and `extensions.reason`. */
  argument: string;
  reason: string;
}

const INPUT_DEPTH = 4;
const PLACEHOLDER_ID = '01890a5d-ac96-774b-bcce-b302099a8057';
const MEGABYTE = 'x'.repeat(1_000_000);
/** Label, value and the `extensions.reason` of its refusal. */
type Hostile = readonly [string, string, string];
const HOSTILE_TEXT: readonly Hostile[] = [
  ['NUL', 'a\u0000b', 'NUL_CHARACTER'],
  ['lone surrogate', 'a\ud800b', 'LONE_SURROGATE'],
];
const INVALID_ID: Hostile = ['invalid id', 'not-a-uuid', 'NOT_A_UUID'];
const OVERSIZED: Hostile = ['1 MB string', MEGABYTE, 'TOO_LONG'];

/** A harmless value of a leaf type: what a caller would send when it is not the target. */
function placeholderLeaf(type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]?.value;
  switch (named.name) {
    case 'ID':
      return PLACEHOLDER_ID;
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'String':
      return 'text';
    default:
      if (/date ?time|timestamp|instant/i.test(named.name)) return '2000-01-01T00:00:00Z';
      if (/date/i.test(named.name)) return '2000-01-01';
      if (/json/i.test(named.name)) return {};
      return 'text';
  }
}

/** A value of `type` with every required field filled; along `path` (field names) the containers exist and the last one is `target`. */
function valueOf(type: GraphQLInputType, path: readonly string[], target: unknown): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return [valueOf(nullable.ofType, path, target)];
  if (path.length === 0 && target !== undefined) return target;
  if (!isInputObjectType(nullable)) return placeholderLeaf(nullable);
  const value: Record<string, unknown> = {};
  for (const field of Object.values(nullable.getFields())) {
    if (field.name === path[0]) value[field.name] = valueOf(field.type, path.slice(1), target);
    else if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = valueOf(field.type, [], undefined);
  }
  return value;
}

/** `[0]` per list level of `type`: `valueOf` puts one element in each list. */
function listIndexes(type: GraphQLInputType): string {
  const nullable = getNullableType(type) as GraphQLInputType;
  return isListType(nullable) ? `[0]${listIndexes(nullable.ofType)}` : '';
}

/**
 * Every path (input fields below the argument) that ends at a String or ID, input types recursed
 * `INPUT_DEPTH` deep, with the `extensions.argument` a refusal there names (`input.members[0].lastName`).
 */
function textPaths(type: GraphQLInputType, prefix: string[], argument: string, depth: number): { path: string[]; id: boolean; argument: string }[] {
  const named = getNamedType(type);
  const here = `${argument}${listIndexes(type)}`;
  if (isScalarType(named) && (named.name === 'String' || named.name === 'ID')) return [{ path: prefix, id: named.name === 'ID', argument: here }];
  if (!isInputObjectType(named) || depth >= INPUT_DEPTH) return [];
  return Object.values(named.getFields()).flatMap((field) => textPaths(field.type, [...prefix, field.name], `${here}.${field.name}`, depth + 1));
}

/** `{ __typename }` for a composite result, nothing for a scalar or enum. */
export function selectionOf(field: GraphQLField<unknown, unknown>): string {
  return isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
}

/** The operation calling `field` with the given arguments as variables. */
export function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, args: readonly GraphQLArgument[], selection: string): string {
  const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

/** The required arguments of `field`, filled with placeholders. */
export function requiredArguments(field: GraphQLField<unknown, unknown>): { args: GraphQLArgument[]; variables: Record<string, unknown> } {
  const args = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  return { args, variables: Object.fromEntries(args.map((arg) => [arg.name, valueOf(arg.type, [], undefined)])) };
}

/** The root fields of the public API (not federation's `_service`/`_entities`). */
export function rootFields(schema: GraphQLSchema): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  const roots: [('query' | 'mutation'), GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([kind, type]) => Object.values(type?.getFields() ?? {}).filter((field) => !field.name.startsWith('_')).map((field) => ({ kind, field })));
}

/**
 * For every Query and Mutation field and every argument path leading to a String or ID: NUL and a lone
 * surrogate (and `not-a-uuid` at ID paths) at that path, and one 1 MB string per field at its first path.
 */
export function hostileCases(schema: GraphQLSchema): HostileCase[] {
  return rootFields(schema).flatMap(({ kind, field }) => {
    const label = `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`;
    const required = requiredArguments(field);
    const cases: HostileCase[] = [];
    for (const arg of field.args) {
      const args = required.args.includes(arg) ? required.args : [...required.args, arg];
      for (const { path, id, argument } of textPaths(arg.type, [], arg.name, 0)) {
        const values: Hostile[] = [...HOSTILE_TEXT, ...(id ? [INVALID_ID] : [])];
        if (cases.length === 0) values.push(OVERSIZED);
        for (const [what, hostile, reason] of values) {
          cases.push({
            name: `${label} ${[arg.name, ...path].join('.')}: ${what}`,
            query: operationFor(kind, field, args, selectionOf(field)),
            variables: { ...required.variables, [arg.name]: valueOf(arg.type, path, hostile) },
            oversized: hostile === MEGABYTE,
            argument,
            reason,
          });
        }
      }
    }
    return cases;
  });
}
