import { type GraphQLField, type GraphQLObjectType, type GraphQLSchema, getNamedType, isNonNullType, isObjectType } from 'graphql';
import { operationFor, requiredArguments, rootFields, selectionOf } from './hostile-case-generator';

/** A query over the limits: too deep (`depth` levels) or too wide (`aliases`). */
export interface QueryShape {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

type Field = GraphQLField<unknown, unknown>;

/**
 * A chain of object-returning fields without required arguments, `levels` long, starting in `type` (cycles
 * are welcome). `dead` remembers per type the shortest length found impossible, so the search stays small.
 */
function objectChain(type: GraphQLObjectType, levels: number, dead = new Map<string, number>()): Field[] | undefined {
  if (levels === 0) return [];
  if ((dead.get(type.name) ?? Infinity) <= levels) return undefined;
  const candidates = Object.values(type.getFields()).filter(
    (field) => isObjectType(getNamedType(field.type)) && !field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined),
  );
  for (const field of candidates) {
    const rest = objectChain(getNamedType(field.type) as GraphQLObjectType, levels - 1, dead);
    if (rest) return [field, ...rest];
  }
  dead.set(type.name, levels);
  return undefined;
}

/** `a { b { c { __typename } } }` */
function nested(chain: readonly Field[]): string {
  return chain.reduceRight((inner, field) => `${field.name} { ${inner} }`, '__typename');
}

/**
 * For every Query field: the field aliased `aliases` times (aliases of `__typename` are free under GraphQL
 * Armor, so the field itself is repeated) and, when it returns an object and the schema has a chain that long
 * (a recursive type: `Location.parent.parent…`), a query `levels` deep.
 */
export function queryShapes(schema: GraphQLSchema, levels: readonly number[], aliases: number): QueryShape[] {
  return rootFields(schema)
    .filter(({ kind }) => kind === 'query')
    .flatMap(({ field }) => {
      const { args, variables } = requiredArguments(field);
      const selection = selectionOf(field);
      const call = operationFor('query', field, args, selection);
      const repeated = call.slice(call.indexOf('{') + 1, call.lastIndexOf('}')).trim();
      const wide = `${call.slice(0, call.indexOf('{'))}{ ${Array.from({ length: aliases }, (_, index) => `a${index}: ${repeated}`).join(' ')} }`;
      const shapes: QueryShape[] = [{ name: `Query.${field.name} ${aliases} aliases`, query: wide, variables }];
      const root = getNamedType(field.type);
      if (!isObjectType(root)) return shapes;
      for (const depth of levels) {
        const chain = objectChain(root, depth - 1);
        if (chain) shapes.push({ name: `Query.${field.name} ${depth} levels`, query: operationFor('query', field, args, ` { ${nested(chain)} }`), variables });
      }
      return shapes;
    });
}
