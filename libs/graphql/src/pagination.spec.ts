import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageOf, toConnection } from './pagination';

const ids = ['01a20c63-0000-7000-8000-000000000001', '01a20c63-0000-7000-8000-000000000002', '01a20c63-0000-7000-8000-000000000003'];

describe('pagination', () => {
  it('defaults to 20 and refuses pages over 100 or negative', () => {
    expect(pageOf({})).toEqual({ size: 20, afterId: undefined });
    expect(() => pageOf({ first: 101 })).toThrow(GraphQLError);
    expect(() => pageOf({ first: -1 })).toThrow('"first" must be between 0 and 100');
  });

  it('round-trips cursors and refuses foreign ones', () => {
    expect(decodeCursor(encodeCursor(ids[0]))).toBe(ids[0]);
    expect(pageOf({ after: encodeCursor(ids[1]) }).afterId).toBe(ids[1]);
    expect(() => decodeCursor('bm9wZQ')).toThrow('"after" is not a cursor of this list');
  });

  it('builds a connection from size + 1 rows', () => {
    const page = pageOf({ first: 2 });
    const connection = toConnection(ids.map((id) => ({ id })), page, 7);
    expect(connection.edges.map((edge) => edge.node.id)).toEqual(ids.slice(0, 2));
    expect(connection.totalCount).toBe(7);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor(ids[0]),
      endCursor: encodeCursor(ids[1]),
    });
    const last = toConnection([{ id: ids[2] }], pageOf({ first: 2, after: encodeCursor(ids[1]) }), 3);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.pageInfo.hasPreviousPage).toBe(true);
  });
});
