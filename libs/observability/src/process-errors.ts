import { AsyncLocalStorage } from 'async_hooks';
import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { currentCorrelationId } from './correlation';

/** What to do with an error that escaped the work of a boundary (a request, a PDF being rendered…). */
type FaultHandler = (error: unknown) => void;

const boundaries = new AsyncLocalStorage<FaultHandler>();
let logger: LoggerService | undefined;
let installed = false;
/** The log lines' `context` (nestjs-pino reads a last string argument as the context). */
const CONTEXT = 'ProcessErrors';

/**
 * Runs `work` so that an exception thrown later by a callback it started (a zlib or timer callback, an
 * `error` event nobody listens to) rejects the returned promise instead of reaching the process. This
 * needs the process handlers `createServiceApplication` installs; without them (a script, a Jest worker)
 * such an error keeps Node's default handling.
 */
export function withinFaultBoundary<T>(work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => boundaries.run(reject, () => void work().then(resolve, reject)));
}

/**
 * Express middleware: a request whose callbacks throw where nothing catches is answered 500 (when not
 * answered yet) instead of hanging. Holds the response weakly: long-lived resources created during a
 * request (a pooled connection) keep its async context, and must not keep the response alive.
 */
export function requestFaultBoundary(_request: Request, response: Response, next: NextFunction): void {
  const weak = new WeakRef(response);
  boundaries.run(() => {
    const answer = weak.deref();
    if (!answer || answer.writableEnded) return;
    if (answer.headersSent) answer.destroy();
    else answer.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  }, next);
}

/**
 * Process-level handling of uncaught exceptions and unhandled rejections, installed once per process
 * (the latest application's logger is used). Departs from Node's default, which exits on both, for
 * errors raised while handling a request or a message (docs/adr/0009):
 * - an exception inside a fault boundary (every HTTP request, or `withinFaultBoundary`): logged at error
 *   with the correlation id, the boundary answers (the request gets a 500, the render promise rejects),
 *   the process goes on. Per-request state dies with the request and shared state is in PostgreSQL
 *   behind transactions; what may leak (a pooled connection the failed code held) shows in readiness,
 *   and the orchestrator restarts a process that stops being ready.
 * - a rejection nobody handled, or an exception with a correlation id but no boundary (an event
 *   handler): logged at error, the process goes on. A forgotten promise does not stop the work that
 *   made it, so nothing is answered for it; an unacknowledged message comes back.
 * - anywhere else (start-up, a background loop): nothing tells what state is broken, so Node's default
 *   is kept: logged at fatal, exit code 1, and the orchestrator (or `npm start`) decides.
 */
export function handleProcessErrors(applicationLogger: LoggerService): void {
  logger = applicationLogger;
  if (installed) return;
  installed = true;
  process.on('uncaughtException', (error) => onEscapedError(error, 'uncaught exception', true));
  process.on('unhandledRejection', (reason) => onEscapedError(reason, 'unhandled rejection', false));
}

function onEscapedError(error: unknown, kind: string, answer: boolean): void {
  const correlationId = currentCorrelationId();
  const boundary = boundaries.getStore();
  if (boundary || correlationId) {
    logger?.error({ err: error, correlationId }, `${kind} while handling a request or message; the process goes on`, CONTEXT);
    if (answer) boundary?.(error);
    return;
  }
  (logger?.fatal ?? logger?.error)?.call(logger, { err: error }, `${kind} outside any request or message: the process exits`, CONTEXT);
  process.exit(1);
}
