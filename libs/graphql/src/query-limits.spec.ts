import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { type QueryLimits, queryLimitRules, queryLimitsFrom } from './query-limits';

const schema = buildSchema(`
  type Insuree { id: ID! lastName: String! family: Family }
  type Family { id: ID! members: [Insuree!]! head: Insuree }
  type FamilyEdge { cursor: String! node: Family! }
  type FamilyConnection { edges: [FamilyEdge!]! totalCount: Int! }
  type Query { families(first: Int): FamilyConnection! family(id: ID!): Family _service: Service! }
  type Service { sdl: String }
`);

/** `family(id) { members { family { members … { id } } } }`: `levels` fields deep, the last `id` included. */
function recursive(levels: number, root = 'family(id: "f1")'): string {
  const names = Array.from({ length: levels - 2 }, (_, index) => (index % 2 === 0 ? 'members' : 'family'));
  return `{ ${root} { id ${names.map((name) => `${name} { id `).join('')}${'}'.repeat(names.length)} } }`;
}

describe('queryLimitRules', () => {
  const limits: QueryLimits = queryLimitsFrom({});
  const errorsOf = (query: string, rules = queryLimitRules(limits)) => validate(schema, parse(query), rules);

  it('refuses a query deeper than the limit as a validation error naming the limit, also 60 levels deep', () => {
    for (const levels of [12, 24, 60]) {
      const errors = errorsOf(recursive(levels));
      expect(errors.map((error) => error.extensions)).toContainEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_DEPTH' });
      expect(errors.find((error) => error.extensions.limit === 'MAX_DEPTH')?.message).toBe(
        `Query depth limit of ${limits.maxDepth} exceeded, found ${levels}.`,
      );
    }
    expect(errorsOf(recursive(limits.maxDepth))).toEqual([]);
  });

  it('refuses 1,000 aliases', () => {
    const aliases = Array.from({ length: 1000 }, (_, index) => `a${index}: families(first: 100) { totalCount }`).join(' ');
    expect(errorsOf(`{ ${aliases} }`).map((error) => error.extensions.limit)).toContain('MAX_ALIASES');
    expect(errorsOf(`{ a: families(first: 10) { totalCount } b: families(first: 20) { totalCount } }`)).toEqual([]);
  });

  it('weighs a list by its page size, so that nested pages multiply', () => {
    const page = (first: number) => `{ families(first: ${first}) { edges { node { id members { id lastName family { id head { id } } } } } } }`;
    expect(errorsOf(page(100))).toEqual([]);
    const strict = queryLimitRules({ ...limits, maxCost: 1000 });
    expect(errorsOf(page(10), strict)).toEqual([]);
    expect(errorsOf(page(100), strict).map((error) => error.extensions)).toEqual([{ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_COST' }]);
  });

  it('refuses too many directives', () => {
    const directives = Array.from({ length: limits.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    expect(errorsOf(`{ family(id: "f1") { id ${directives} } }`).map((error) => error.extensions.limit)).toContain('MAX_DIRECTIVES');
  });

  it('lets introspection and the federation `_service { sdl }` through', () => {
    expect(errorsOf(getIntrospectionQuery())).toEqual([]);
    expect(errorsOf('{ _service { sdl } }')).toEqual([]);
  });

  it('reads overrides from GRAPHQL_MAX_* and refuses a malformed one', () => {
    expect(queryLimitsFrom({ GRAPHQL_MAX_DEPTH: '15', GRAPHQL_MAX_COST: '900' })).toEqual({ ...limits, maxDepth: 15, maxCost: 900 });
    expect(() => queryLimitsFrom({ GRAPHQL_MAX_ALIASES: 'many' })).toThrow();
  });
});
