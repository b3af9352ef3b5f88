import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageOf, toConnection } from './pagination';

// Random (v4) ids, as clients choose them: their order says nothing of when the rows were created.
const rows = [
  { id: 'f3b0c442-98fc-4c14-9afb-f4c8996fb924', createdAt: new Date('2026-12-01T10:00:00.001Z') },
  { id: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d', createdAt: new Date('2026-12-01T10:00:00.001Z') },
  { id: '7d444840-9dc0-41d3-8f4c-3c6f4d2b7e10', createdAt: new Date('2026-12-01T10:00:00.002Z') },
];

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

describe('pagination', () => {
  it('defaults to 20 and refuses pages over 100 or negative', () => {
    expect(pageOf({})).toEqual({ size: 20, after: undefined });
    expect(() => pageOf({ first: 101 })).toThrow(GraphQLError);
    expect(() => pageOf({ first: -1 })).toThrow('"first" must be between 0 and 100');
  });

  it('round-trips the creation time to the millisecond and the id', () => {
    const key = decodeCursor(encodeCursor(rows[0]));
    expect(key).toEqual({ id: rows[0].id, createdAt: rows[0].createdAt });
    expect(key.createdAt.toISOString()).toBe('2026-12-01T10:00:00.001Z');
    expect(pageOf({ after: encodeCursor(rows[1]) }).after).toEqual({ id: rows[1].id, createdAt: rows[1].createdAt });
  });

  it('refuses a cursor of the former id order with BAD_USER_INPUT on "after" and a message saying what to do', () => {
    const former = base64url(`id:${rows[0].id}`);
    const refusal = (() => {
      try {
        pageOf({ after: former });
      } catch (error) {
        return error as GraphQLError;
      }
      throw new Error('the cursor was accepted');
    })();
    expect(refusal.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(refusal.message).toBe('"after" is a cursor of the former id order, which lists no longer use: read the list again from its first page');
  });

  it.each([
    ['not base64 of a cursor', 'bm9wZQ'],
    ['a time that is not a number', base64url(`t:soon:${rows[0].id}`)],
    ['an id that is not a UUID', base64url('t:1:zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz')],
    ['no id', base64url('t:1764583200001:')],
  ])('refuses %s', (_case, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow('"after" is not a cursor of this list');
  });

  it('builds a connection from size + 1 rows, cursors from the rows, nodes from the mapping', () => {
    const page = pageOf({ first: 2 });
    const connection = toConnection(rows, page, 7, (row) => ({ name: row.id.slice(0, 4) }));
    expect(connection.edges.map((edge) => edge.node.name)).toEqual(['f3b0', '0a1b']);
    expect(connection.totalCount).toBe(7);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor(rows[0]),
      endCursor: encodeCursor(rows[1]),
    });
    const last = toConnection([rows[2]], pageOf({ first: 2, after: encodeCursor(rows[1]) }), 3);
    expect(last.edges[0].node).toBe(rows[2]);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.pageInfo.hasPreviousPage).toBe(true);
  });
});
