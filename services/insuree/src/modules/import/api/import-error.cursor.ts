import { GraphQLError } from 'graphql';

// Error rows have bigint ids, not the UUIDs the shared cursor helpers expect.
export function encodeErrorCursor(id: string): string {
  return Buffer.from(`err:${id}`).toString('base64url');
}

export function decodeErrorCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  if (!/^err:\d{1,19}$/.test(decoded)) throw new GraphQLError('"after" is not a cursor of this list', { extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
  return decoded.slice(4);
}
