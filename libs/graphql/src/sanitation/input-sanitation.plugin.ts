import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import { DEFAULT_INPUT_LIMITS, findInputDefect, type InputDefect, type InputLimits } from './input-defects';

const MESSAGES: Record<InputDefect['reason'], (defect: InputDefect) => string> = {
  NUL_CHARACTER: ({ argument }) => `${argument} contains a NUL character (U+0000), which cannot be stored`,
  LONE_SURROGATE: ({ argument }) => `${argument} contains half of a UTF-16 surrogate pair, which is not text`,
  TOO_LONG: ({ argument, maxLength }) => `${argument} is longer than ${maxLength} characters`,
  NOT_A_UUID: ({ argument }) => `${argument} is not a UUID`,
};

/**
 * Checks every string an operation carries (variables and inline literals, at any depth) before any
 * resolver runs, and refuses the whole request with BAD_USER_INPUT (HTTP 400) naming the argument:
 * `extensions.argument` (e.g. `input.head.lastName`), `extensions.reason` (NUL_CHARACTER, LONE_SURROGATE,
 * TOO_LONG with `maxLength`, NOT_A_UUID). Installed in every subgraph by `subgraphModuleOptions`.
 */
export function inputSanitationPlugin(limits: InputLimits = DEFAULT_INPUT_LIMITS): ApolloServerPlugin<BaseContext> {
  // One listener for every request: nothing is allocated per request unless there is something to refuse.
  const listener: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation({ schema, document, operation, request }) {
      if (!operation) return;
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      const defect = findInputDefect({ schema, operation, fragments, variables: request.variables }, limits);
      if (!defect) return;
      const { argument, reason, maxLength } = defect;
      throw new GraphQLError(MESSAGES[reason](defect), {
        nodes: [defect.node],
        extensions: { code: 'BAD_USER_INPUT', argument, reason, ...(maxLength === undefined ? {} : { maxLength }), http: { status: 400 } },
      });
    },
  };
  return { requestDidStart: async () => listener };
}
