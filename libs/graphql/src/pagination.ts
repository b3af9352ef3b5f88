import { GraphQLError } from 'graphql';
import { type CreationKey, isUuid } from '@imis/persistence';
import { ConnectionShape } from './connection.type';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection.args';

export interface Page {
  /** Rows to return. */
  size: number;
  /** Keyset: return rows after this one in creation order (created_at, then id). */
  after?: CreationKey;
}

/** Validates `first`/`after`; rows are read in creation order, `size + 1` of them to know if a next page exists. */
export function pageOf(args: { first?: number | null; after?: string | null }): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}`, 'first');
  }
  return { size: first, after: args.after ? decodeCursor(args.after) : undefined };
}

/** A listed row: its id and creation time (a Date, or the ISO text a view holds). */
export interface ListedRow {
  readonly id: string;
  readonly createdAt: Date | string;
}

/** A row's cursor: its creation time (milliseconds since the epoch) and id. */
export function encodeCursor(row: ListedRow): string {
  return Buffer.from(`t:${new Date(row.createdAt).getTime()}:${row.id}`).toString('base64url');
}

const CURSOR = /^t:(\d{1,15}):(.{36})$/;

export function decodeCursor(cursor: string): CreationKey {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  // Cursors before lists were ordered by creation time held the id alone: the order they paged no longer exists.
  if (/^id:[0-9a-f-]{36}$/.test(decoded)) {
    throw badInput('"after" is a cursor of the former id order, which lists no longer use: read the list again from its first page', 'after');
  }
  const match = CURSOR.exec(decoded);
  if (!match || !isUuid(match[2])) throw badInput('"after" is not a cursor of this list', 'after');
  return { createdAt: new Date(Number(match[1])), id: match[2] };
}

/**
 * Builds the connection from up to `page.size + 1` rows read in creation order; `node` turns a row into the
 * edge's node (the row itself when omitted), the cursor is taken from the row.
 */
export function toConnection<R extends ListedRow>(rows: R[], page: Page, totalCount: number): ConnectionShape<R>;
export function toConnection<R extends ListedRow, N>(rows: R[], page: Page, totalCount: number, node: (row: R) => N): ConnectionShape<N>;
export function toConnection<R extends ListedRow, N>(rows: R[], page: Page, totalCount: number, node?: (row: R) => N): ConnectionShape<N | R> {
  return connectionOf<R, N | R>(rows, page.size, page.after !== undefined, totalCount, encodeCursor, node ?? ((row) => row));
}

/** A page of a list in id order: rows with no creation time of their own (a price list's rows, by item id). */
export interface IdPage {
  size: number;
  afterId?: string;
}

export function idPageOf(args: { first?: number | null; after?: string | null }): IdPage {
  const { size } = pageOf({ first: args.first });
  return { size, afterId: args.after ? decodeIdCursor(args.after) : undefined };
}

function decodeIdCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  if (!/^id:.{36}$/.test(decoded) || !isUuid(decoded.slice(3))) throw badInput('"after" is not a cursor of this list', 'after');
  return decoded.slice(3);
}

/** The connection of a list in id order, from up to `page.size + 1` rows. */
export function toIdConnection<R extends { id: string }, N>(rows: R[], page: IdPage, totalCount: number, node: (row: R) => N): ConnectionShape<N> {
  return connectionOf(rows, page.size, page.afterId !== undefined, totalCount, (row) => Buffer.from(`id:${row.id}`).toString('base64url'), node);
}

/** The first `size` of up to `size + 1` rows as edges, and whether more follow. */
function connectionOf<R, N>(rows: R[], size: number, afterCursor: boolean, totalCount: number, cursor: (row: R) => string, node: (row: R) => N): ConnectionShape<N> {
  const edges = rows.slice(0, size).map((row) => ({ cursor: cursor(row), node: node(row) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: afterCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}
