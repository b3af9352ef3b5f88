import { GraphQLError } from 'graphql';
import { decodeRowErrorCursor, encodeRowErrorCursor, rowErrorConnection } from './row-error.connection';

const error = (id: number) => ({ id: String(id), row: id, column: 'code', code: 'DIAGNOSIS_CODE_TOO_LONG', message: `row ${id}` });

describe('rowErrorConnection', () => {
  it('reads one more row than the page to tell a next page, and keys the next read on the last id', async () => {
    const reads: [number, string | null][] = [];
    const read = async (size: number, afterId: string | null) => {
      reads.push([size, afterId]);
      const from = afterId === null ? 1 : Number(afterId) + 1;
      return { rows: [from, from + 1, from + 2].filter((id) => id <= 5).map(error), totalCount: 5 };
    };

    const first = await rowErrorConnection({ first: 2 }, read);
    const second = await rowErrorConnection({ first: 2, after: first.pageInfo.endCursor }, read);

    expect(first.edges.map((edge) => edge.node)).toEqual([
      { row: 1, column: 'code', code: 'DIAGNOSIS_CODE_TOO_LONG', message: 'row 1' },
      { row: 2, column: 'code', code: 'DIAGNOSIS_CODE_TOO_LONG', message: 'row 2' },
    ]);
    expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: encodeRowErrorCursor('1'), endCursor: encodeRowErrorCursor('2') });
    expect(reads).toEqual([
      [2, null],
      [2, '2'],
    ]);
    expect(second.edges.map((edge) => edge.node.row)).toEqual([3, 4]);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(second.totalCount).toBe(5);
  });

  it('refuses a cursor of another list as bad input', () => {
    const uuidCursor = Buffer.from('id:0193a0c2-0000-7000-8000-000000000000').toString('base64url');
    expect(() => decodeRowErrorCursor(uuidCursor)).toThrow(GraphQLError);
    expect(() => decodeRowErrorCursor(uuidCursor)).toThrow('"after" is not a cursor of this list');
    expect(decodeRowErrorCursor(encodeRowErrorCursor('42'))).toBe('42');
  });
});
