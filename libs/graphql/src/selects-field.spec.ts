import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selectsField } from './selects-field';

describe('selectsField', () => {
  const schema = buildSchema('type Page { totalCount: Int, items: [String] } type Query { page: Page }');

  async function asked(query: string): Promise<boolean> {
    let seen = false;
    await graphql({
      schema,
      source: query,
      rootValue: {
        page: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
          seen = selectsField(info, 'totalCount');
          return { totalCount: 1, items: [] };
        },
      },
    });
    return seen;
  }

  it('sees the field asked directly, in an inline fragment or in a named fragment', async () => {
    expect(await asked('{ page { totalCount items } }')).toBe(true);
    expect(await asked('{ page { ... on Page { totalCount } } }')).toBe(true);
    expect(await asked('query { page { ...counted } } fragment counted on Page { totalCount }')).toBe(true);
  });

  it('does not see a field the query leaves out', async () => {
    expect(await asked('{ page { items } }')).toBe(false);
  });
});
