import type { IncomingMessage } from 'http';

const CONTENT_LENGTH = /^\d+$/;

/** True when the URL is `path` itself, with or without a query string. */
export function isPath(url: string | undefined, path: string): boolean {
  return url !== undefined && url.startsWith(path) && (url.length === path.length || url[path.length] === '?');
}

/**
 * A POST of JSON (UTF-8, not compressed) whose Content-Length is at most `maxBytes`: such a body can be read
 * in one piece without a body parser's stream machinery, since Node's HTTP parser never delivers more bytes
 * than the Content-Length says. Anything else (other methods, content types, charsets or encodings,
 * chunked, empty or larger bodies) is for the general request handling.
 */
export function hasSmallJsonBody(request: Pick<IncomingMessage, 'method' | 'headers'>, maxBytes: number): boolean {
  if (request.method !== 'POST') return false;
  const { headers } = request;
  const length = headers['content-length'];
  if (length === undefined || !CONTENT_LENGTH.test(length) || length === '0' || Number(length) > maxBytes) return false;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const type = headers['content-type']?.split(',')[0]?.toLowerCase().replace(/\s+/g, '');
  return type === 'application/json' || type === 'application/json;charset=utf-8';
}

/** The body of a request that `hasSmallJsonBody` accepted, in one buffer. */
export function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('error', reject);
    request.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
  });
}
