import type { IncomingHttpHeaders } from 'http';
import type { NextFunction, Request, Response } from 'express';
import { CORRELATION_HEADER, correlationIdFrom } from './correlation';

/**
 * Refusals of an HTTP request before any GraphQL runs, answered by the gateway and by every service alike:
 * HTTP status, a GraphQL-shaped JSON body `{"errors":[{"message","extensions":{"code"}}]}` (docs/api.md).
 */
export const REQUEST_REFUSALS = {
  INVALID_JSON: { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON' },
  MALFORMED_BODY: { status: 400, code: 'BAD_REQUEST', message: 'The request body could not be read (content encoding or length)' },
  PAYLOAD_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than this service accepts' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Send the GraphQL request as JSON in UTF-8: content-type application/json',
  },
} as const;

export type RequestRefusal = (typeof REQUEST_REFUSALS)[keyof typeof REQUEST_REFUSALS];

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** The JSON body of a refusal. */
export function refusalBody(refusal: RequestRefusal): string {
  return JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
}

/** True when the Content-Type names JSON (`application/json`, any parameters); the charset is checked by the parser. */
export function isJsonMediaType(contentType: string | null | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** True when a request carries a body (a Content-Length above 0, or chunked). */
export function hasBody(headers: IncomingHttpHeaders): boolean {
  const length = headers['content-length'];
  return headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Express middleware of every service, ahead of the body parsers: a POST with a body that is not JSON is
 * answered 415 UNSUPPORTED_MEDIA_TYPE (Apollo would answer 400, or 400 with its CSRF message for the
 * content types a browser form sends).
 */
export function refuseUnsupportedMediaType(request: Request, response: Response, next: NextFunction): void {
  if (request.method === 'POST' && hasBody(request.headers) && !isJsonMediaType(request.headers['content-type'])) {
    sendRefusal(request, response, REQUEST_REFUSALS.UNSUPPORTED_MEDIA_TYPE);
    return;
  }
  next();
}

/**
 * Express error middleware of every service, right after the JSON body parser: its refusals (body-parser's
 * `type`: invalid JSON, over the limit, a charset or content encoding it does not read) answered as GraphQL
 * errors with their HTTP status, instead of Nest's `{"statusCode","message"}` (whose message quotes the body
 * for invalid JSON). Any other error goes on to Nest.
 */
export function answerBodyParserRefusals(error: unknown, request: Request, response: Response, next: NextFunction): void {
  const refusal = bodyParserRefusal(error);
  if (!refusal || response.headersSent) {
    next(error);
    return;
  }
  sendRefusal(request, response, refusal);
}

function bodyParserRefusal(error: unknown): RequestRefusal | undefined {
  // Only the JSON parser runs before this middleware: a 4xx here is its refusal (a zlib error has no `type`).
  const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown };
  if (type === 'entity.parse.failed') return REQUEST_REFUSALS.INVALID_JSON;
  if (type === 'entity.too.large') return REQUEST_REFUSALS.PAYLOAD_TOO_LARGE;
  if (status === 415) return REQUEST_REFUSALS.UNSUPPORTED_MEDIA_TYPE;
  if (typeof status === 'number' && status >= 400 && status < 500) return REQUEST_REFUSALS.MALFORMED_BODY;
  return undefined;
}

/** These refusals come before the correlation middleware: they carry a correlation id all the same, for support. */
function sendRefusal(request: Request, response: Response, refusal: RequestRefusal): void {
  if (!response.hasHeader(CORRELATION_HEADER)) response.setHeader(CORRELATION_HEADER, correlationIdFrom(request.headers[CORRELATION_HEADER]));
  response.status(refusal.status).setHeader('content-type', JSON_CONTENT_TYPE);
  response.end(refusalBody(refusal));
}
