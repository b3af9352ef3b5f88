import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const booleanFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1');

/**
 * An optional variable for which an empty value means unset (compose passes `${X:-}` as ''); other
 * optional variables keep treating '' as a value their schema judges.
 */
export function blankAsUnset<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

/** Variables every process reads. */
export const baseEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: booleanFlag(false),
});

/** Variables of a service process: its database, NATS, and where it listens. */
export const serviceEnvSchema = baseEnvSchema.extend({
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .url()
    .default('postgres://postgres@127.0.0.1:5432/postgres')
    .describe('PostgreSQL server URL; the database name in it is replaced by imis_<service>'),
  DATABASE_PASSWORD: z
    .string()
    .min(1)
    .optional()
    .describe('password of the DATABASE_URL user when the URL carries none (DATABASE_PASSWORD_FILE: from a secret file)'),
  DATABASE_NAME: z.string().regex(/^[a-z_][a-z0-9_]*$/).optional().describe('overrides imis_<service> (tests)'),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
  DATABASE_POOL_IDLE_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(600)
    .describe('seconds a pooled connection may stay unused before it is closed (a new one starts cold: a new server process, every statement prepared again)'),
  NATS_URL: z.string().default('nats://127.0.0.1:4222'),
  EVENT_PREFIX: z
    .string()
    .regex(/^([a-z0-9]+\.)?$/, 'must be empty or a lowercase word followed by a dot, e.g. "t1."')
    .default('')
    .describe('prefix of every NATS subject and stream name (tests isolate themselves with it)'),
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(1000),
  OUTBOX_BATCH_SIZE: z.coerce.number().int().positive().default(500),
  CONSUMER_MAX_DELIVER: z.coerce.number().int().min(1).default(5),
  MIGRATE_ON_START: booleanFlag(false),
});

export const servicePort = port;
export type BaseEnv = z.infer<typeof baseEnvSchema>;
export type ServiceEnv = z.infer<typeof serviceEnvSchema>;
