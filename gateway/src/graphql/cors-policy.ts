import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import { CORRELATION_HEADER } from '@imis/observability';

/** The runtime's CORS options for one request (`false`: no CORS headers). */
export type CorsAnswer = { origin: string[]; credentials: boolean; exposedHeaders: string[] } | false;

/** `CORS_ORIGINS`: comma-separated origins (scheme://host[:port]); empty means no cross-origin access. */
export function corsOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter((origin) => origin.length > 0);
}

/**
 * CORS for the GraphQL endpoint: only a listed origin is answered with `Access-Control-Allow-Origin` (its own
 * value, credentials allowed, the correlation id exposed); any other origin gets no CORS header at all, so
 * the browser keeps the answer from the page.
 */
export function corsPolicy(allowed: readonly string[]): (request: Request) => CorsAnswer {
  const origins = new Set(allowed);
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !origins.has(origin)) return false;
    return { origin: [origin], credentials: true, exposedHeaders: [CORRELATION_HEADER] };
  };
}

/**
 * The same policy for the routes express serves (the insuree service's files, GraphiQL's), so that a web app
 * of a listed origin can download them with its token: GET and HEAD only.
 */
export function httpRoutesCors(allowed: readonly string[]): CorsOptions {
  const origins = new Set(allowed);
  return {
    origin: (origin, answer) => answer(null, origin !== undefined && origins.has(origin)),
    credentials: true,
    methods: ['GET', 'HEAD'],
    exposedHeaders: [CORRELATION_HEADER],
  };
}
