import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  GraphQLError,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  GraphQLUnionType,
  isObjectType,
  valueFromASTUntyped,
  type GraphQLResolveInfo,
} from 'graphql';
import { federationLinkSdl } from './federation-link';

/** `(representation, context, info)`, as federation gateways call an entity's reference resolver. */
export type ReferenceResolver = (representation: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => unknown;

interface Representation extends Record<string, unknown> {
  __typename: string;
}

/**
 * Turns a schema into an Apollo Federation 2 subgraph: adds `_service { sdl }`, `_entities`, `_Any` and
 * `_Entity` per the open federation subgraph specification. Written here rather than taken from
 * @apollo/subgraph, whose @apollo/federation-internals dependency is not OSI-licensed (Elastic-2.0).
 * Entities are the object types carrying a `@key` directive.
 */
export function buildSubgraphSchema(schema: GraphQLSchema, referenceResolvers: ReadonlyMap<string, ReferenceResolver>): GraphQLSchema {
  const sdl = `${federationLinkSdl()}\n\n${printSchemaWithDirectives(schema)}`;
  const config = schema.toConfig();
  const query = schema.getQueryType();
  if (!query) throw new Error('A subgraph needs a Query type');

  const entityTypes = config.types.filter(isObjectType).filter(hasKeyDirective);
  const typenames = new WeakMap<object, string>();
  const anyScalar = new GraphQLScalarType({
    name: '_Any',
    serialize: (value) => value,
    parseValue: (value) => value,
    parseLiteral: (ast) => valueFromASTUntyped(ast),
  });
  const serviceType = new GraphQLObjectType({ name: '_Service', fields: { sdl: { type: GraphQLString } } });
  const federationTypes: (GraphQLScalarType | GraphQLObjectType | GraphQLUnionType)[] = [anyScalar, serviceType];
  const queryConfig = query.toConfig();
  const fields: typeof queryConfig.fields = {
    ...queryConfig.fields,
    _service: { type: new GraphQLNonNull(serviceType), resolve: () => ({ sdl }) },
  };

  if (entityTypes.length > 0) {
    const entityUnion = new GraphQLUnionType({
      name: '_Entity',
      types: entityTypes,
      resolveType: (value: object) => typenames.get(value),
    });
    federationTypes.push(entityUnion);
    fields._entities = {
      type: new GraphQLNonNull(new GraphQLList(entityUnion)),
      args: { representations: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(anyScalar))) } },
      resolve: (_root, args: { representations: Representation[] }, context, info) =>
        Promise.all(
          args.representations.map(async (representation) => {
            const typename = representation?.__typename;
            if (!entityTypes.some((type) => type.name === typename)) {
              throw new GraphQLError(`"${String(typename)}" is not an entity of this subgraph`, { extensions: { code: 'BAD_USER_INPUT' } });
            }
            const resolve = referenceResolvers.get(typename);
            const entity = resolve ? await resolve(representation, context, info) : representation;
            if (entity !== null && typeof entity === 'object') typenames.set(entity, typename);
            return entity ?? null;
          }),
        ),
    };
  }

  const extendedQuery = new GraphQLObjectType({ ...queryConfig, fields });
  return new GraphQLSchema({
    ...config,
    query: extendedQuery,
    types: [...config.types.filter((type) => type !== query), extendedQuery, ...federationTypes],
  });
}

function hasKeyDirective(type: GraphQLObjectType): boolean {
  const nodes = [type.astNode, ...(type.extensionASTNodes ?? [])];
  return nodes.some((node) => node?.directives?.some((directive) => directive.name.value === 'key'));
}
