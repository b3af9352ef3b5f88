import type { Server } from 'http';

/** How long an idle keep-alive connection stays open; clients (the gateway, fetch) close theirs 1 s before the hint. */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/**
 * Node closes an idle keep-alive connection after 5 s. A client whose event loop lags (the gateway under
 * load) can send its next request on a connection the server is closing at that moment and get
 * ECONNRESET: a failed request that nothing retries. A long idle timeout, advertised in the `Keep-Alive`
 * header, makes that race as rare as a 65 s pause between two requests on one connection. The headers
 * timeout must stay above it, or Node closes the connection first.
 */
export function keepIdleConnectionsOpen(server: Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
}
