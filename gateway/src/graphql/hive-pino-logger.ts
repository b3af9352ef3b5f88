import { Logger, type LogLevel } from '@graphql-hive/gateway-runtime';
import type { PinoLogger } from 'nestjs-pino';

/** The Hive runtime's logger, writing through the process's pino logger so every line is JSON. */
export function hivePinoLogger(pino: PinoLogger, level: LogLevel | false): Logger {
  return new Logger({
    level,
    writers: [{ write: (logLevel, attrs, msg) => pino[logLevel](attrs ?? {}, msg ?? '') }],
  });
}

/** Hive has no fatal/silent levels; it logs at most as much as the process. */
export function hiveLogLevel(processLevel: string): LogLevel | false {
  if (processLevel === 'silent') return false;
  if (processLevel === 'fatal') return 'error';
  return (['trace', 'debug', 'info', 'warn', 'error'] as const).find((level) => level === processLevel) ?? 'info';
}
