import { GraphQLError } from 'graphql';
import { pageOf } from '@imis/graphql';
import type { RowError } from '@imis/tabular-files';
import type { RowErrorConnectionShape } from './row-error.types';

/** Up to `size + 1` errors after `afterId` in row order (one more tells a next page), and the job's total. */
export type ReadRowErrors = (size: number, afterId: string | null) => Promise<{ rows: (RowError & { id: string })[]; totalCount: number }>;

/** One page of a job's refusals from `first`/`after`, keyset on the error rows' ids. */
export async function rowErrorConnection(args: { first?: number | null; after?: string | null }, read: ReadRowErrors): Promise<RowErrorConnectionShape> {
  const page = pageOf({ first: args.first });
  const afterId = args.after ? decodeRowErrorCursor(args.after) : null;
  const { rows, totalCount } = await read(page.size, afterId);
  const edges = rows.slice(0, page.size).map(({ id, ...node }) => ({ cursor: encodeRowErrorCursor(id), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > page.size,
      hasPreviousPage: afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

// Error rows have bigint ids, not the UUIDs the shared cursor helpers expect.
export function encodeRowErrorCursor(id: string): string {
  return Buffer.from(`err:${id}`).toString('base64url');
}

export function decodeRowErrorCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  if (!/^err:\d{1,19}$/.test(decoded)) throw new GraphQLError('"after" is not a cursor of this list', { extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
  return decoded.slice(4);
}
