import { registerEnumType } from '@nestjs/graphql';

export interface GraphQLEnumOfOptions<Code extends string, Names extends Record<Code, string>> {
  description?: string;
  /** The GraphQL name of each code (`{ AC: 'ACTIVE' }`); without it the codes are the names. */
  names?: Names;
  /** Descriptions of values, by code. */
  valueDescriptions?: Partial<Record<Code, string>>;
}

/** The enum object Nest resolves: GraphQL name → code (what resolvers receive and return). */
export type GraphQLEnumOf<Code extends string, Names extends Record<Code, string>> = { readonly [C in Code as Names[C]]: C };

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * A GraphQL enum generated from the one source of a code list (a zod enum's `options`, a domain's
 * `as const` array): one value per code, in the list's order, each named by `names` (keyed by code, so a
 * code added to the list and not named here fails the type check) or by the code itself. Registers it
 * with Nest and returns the enum object to use in `@Field(() => X)`; declare `type X = Code` next to it:
 *
 * ```ts
 * export const InsureeStatus = graphqlEnumOf('InsureeStatus', INSUREE_STATUS_CODES, { names: { AC: 'ACTIVE', IN: 'INACTIVE', DE: 'DEAD' } });
 * export type InsureeStatus = InsureeStatusCode;
 * ```
 */
export function graphqlEnumOf<const Code extends string, const Names extends Record<Code, string> = { [C in Code]: C }>(
  name: string,
  codes: readonly Code[],
  options: GraphQLEnumOfOptions<Code, Names> = {},
): GraphQLEnumOf<Code, Names> {
  const names: Record<string, string> = options.names ?? Object.fromEntries(codes.map((code) => [code, code]));
  const unnamed = Object.keys(names).filter((code) => !codes.includes(code as Code));
  if (unnamed.length > 0) throw new Error(`GraphQL enum ${name}: ${unnamed.join(', ')} not in its code list`);
  if (new Set(codes).size !== codes.length) throw new Error(`GraphQL enum ${name}: a code is listed twice`);
  const enumObject: Record<string, string> = {};
  const valuesMap: Record<string, { description: string }> = {};
  for (const code of codes) {
    const valueName = names[code];
    if (!valueName || !GRAPHQL_NAME.test(valueName)) throw new Error(`GraphQL enum ${name}: "${valueName}" (code ${code}) is not a GraphQL name`);
    if (valueName in enumObject) throw new Error(`GraphQL enum ${name}: two codes are named ${valueName}`);
    enumObject[valueName] = code;
    const description = options.valueDescriptions?.[code];
    if (description !== undefined) valuesMap[valueName] = { description };
  }
  Object.freeze(enumObject);
  registerEnumType(enumObject, {
    name,
    ...(options.description !== undefined ? { description: options.description } : {}),
    ...(Object.keys(valuesMap).length > 0 ? { valuesMap } : {}),
  });
  return enumObject as GraphQLEnumOf<Code, Names>;
}
