import { execute, parse, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema, type ReferenceResolver } from './build-subgraph-schema';

type ResolverMap = Record<string, Record<string, unknown> | undefined>;

/**
 * Options for a NestJS `GraphQLModule` (plain ApolloDriver, code first) that make it a federation
 * subgraph: reference resolvers (`@ResolveReference()`) are collected from the resolver map, then the
 * built schema gets the federation fields.
 */
export function subgraphSchemaOptions(): {
  transformResolvers: <Resolvers>(resolvers: Resolvers) => Resolvers;
  transformSchema: (schema: GraphQLSchema) => GraphQLSchema;
} {
  const references = new Map<string, ReferenceResolver>();
  return {
    transformResolvers: <Resolvers>(resolvers: Resolvers) => {
      // Nest hands over either one resolver map or a list of them.
      for (const map of (Array.isArray(resolvers) ? resolvers : [resolvers]) as ResolverMap[]) {
        for (const [typename, typeResolvers] of Object.entries(map)) {
          const reference = typeResolvers?.__resolveReference;
          if (typeof reference === 'function') references.set(typename, reference as ReferenceResolver);
        }
      }
      return resolvers;
    },
    transformSchema: (schema) => buildSubgraphSchema(schema, references),
  };
}

/** The SDL a subgraph publishes (`_service { sdl }`), for composing the supergraph. */
export async function subgraphSdl(schema: GraphQLSchema): Promise<string> {
  const result = await execute({ schema, document: parse('{ _service { sdl } }') });
  if (result.errors?.length) throw result.errors[0];
  return (result.data as { _service: { sdl: string } })._service.sdl;
}
