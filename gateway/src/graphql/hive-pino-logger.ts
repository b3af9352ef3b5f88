import { Logger, type LogLevel } from '@graphql-hive/gateway-runtime';
import { currentCorrelationId } from '@imis/observability';
import type { PinoLogger } from 'nestjs-pino';

/**
 * The Hive runtime's logger, writing through the process's pino logger so every line is JSON, with the
 * correlation id of the request being served (GraphqlEndpoint keeps it in scope).
 */
export function hivePinoLogger(pino: PinoLogger, level: LogLevel | false): Logger {
  return new Logger({
    level,
    writers: [
      {
        write: (logLevel, attrs, msg) => {
          const correlationId = currentCorrelationId();
          const refused = refusalCode(attrs);
          if (refused) {
            // A refusal (the caller's doing, not a fault) the runtime reports as an error, stack included.
            pino.info(correlationId === undefined ? { code: refused } : { correlationId, code: refused }, `request refused: ${refused}`);
            return;
          }
          const fields = correlationId === undefined ? (attrs ?? {}) : { correlationId, ...(Array.isArray(attrs) ? { attrs } : attrs) };
          pino[logLevel](fields, msg ?? '');
        },
      },
    ],
  });
}

const REFUSAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** The code of a GraphQL error the runtime logs that is an authentication or authorization refusal. */
export function refusalCode(attrs: unknown): string | undefined {
  const code = (attrs as { extensions?: { code?: unknown } } | null | undefined)?.extensions?.code;
  return typeof code === 'string' && REFUSAL_CODES.has(code) ? code : undefined;
}

/** Hive has no fatal/silent levels; it logs at most as much as the process. */
export function hiveLogLevel(processLevel: string): LogLevel | false {
  if (processLevel === 'silent') return false;
  if (processLevel === 'fatal') return 'error';
  return (['trace', 'debug', 'info', 'warn', 'error'] as const).find((level) => level === processLevel) ?? 'info';
}

/**
 * Every Hive Logger (also each child it makes while serving) reads LOG_LEVEL from the process environment
 * and throws on a level it does not know, even when given its level: `fatal` or `silent`, valid for our
 * processes, would stop the gateway. They become `error` in the environment; our own config has read them.
 */
export function makeLogLevelEnvHiveSafe(env: NodeJS.ProcessEnv = process.env): void {
  const level = env.LOG_LEVEL;
  if (level !== undefined && !['trace', 'debug', 'info', 'warn', 'error'].includes(level)) env.LOG_LEVEL = 'error';
}
