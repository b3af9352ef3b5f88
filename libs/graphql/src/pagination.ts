import { GraphQLError } from 'graphql';
import { ConnectionShape } from './connection.type';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection.args';

export interface Page {
  /** Rows to return. */
  size: number;
  /** Keyset: return rows whose id is greater than this one. */
  afterId?: string;
}

/** Validates `first`/`after`; rows are read ordered by id, `size + 1` of them to know if a next page exists. */
export function pageOf(args: { first?: number | null; after?: string | null }): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}`, 'first');
  }
  return { size: first, afterId: args.after ? decodeCursor(args.after) : undefined };
}

export function encodeCursor(id: string): string {
  return Buffer.from(`id:${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  if (!/^id:[0-9a-f-]{36}$/.test(decoded)) throw badInput('"after" is not a cursor of this list', 'after');
  return decoded.slice(3);
}

/** Builds the connection from up to `page.size + 1` rows read in id order. */
export function toConnection<T extends { id: string }>(rows: T[], page: Page, totalCount: number): ConnectionShape<T> {
  const nodes = rows.slice(0, page.size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > page.size,
      hasPreviousPage: page.afterId !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}
