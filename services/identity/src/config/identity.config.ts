import { z } from 'zod';
import { blankAsUnset, serviceEnvSchema, servicePort } from '@imis/config';
import { DEFAULT_TOKEN_AUDIENCE } from '@imis/auth';
import manifest from '../../package.json';
import { isTrustedProxiesList } from '@imis/observability';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** The identity service's environment (every variable is described in .env.example). */
export const identityEnvSchema = serviceEnvSchema.extend({
  // package.json's imis.port, where npm start and the supergraph read it too.
  PORT: servicePort(manifest.imis.port),
  REDIS_URL: z.string().default('redis://127.0.0.1:6379').describe('login rate limiting'),
  AUTH_ISSUER: z.string().default(DEFAULT_TOKEN_AUDIENCE.issuer),
  AUTH_AUDIENCE: z.string().default(DEFAULT_TOKEN_AUDIENCE.audience),
  AUTH_JWKS: z
    .string()
    .optional()
    .describe("public keys trusted besides identity's own signing keys, as a JWKS JSON document (tests, key migration)"),
  // Empty is unset: compose passes an unexported variable as '', and after the first boot it is left out.
  IMIS_ADMIN_USERNAME: blankAsUnset(z.string()).describe('first boot: the administrator created when no such user exists'),
  IMIS_ADMIN_PASSWORD: blankAsUnset(z.string()).describe('first boot: its password (must meet the password policy; IMIS_ADMIN_PASSWORD_FILE: from a secret file)'),
  ACCESS_TOKEN_TTL_SECONDS: positiveInt(900),
  REFRESH_TOKEN_TTL_DAYS: positiveInt(30),
  PASSWORD_MIN_LENGTH: positiveInt(10),
  PASSWORD_MIN_CHARACTER_CLASSES: z.coerce.number().int().min(1).max(4).default(3),
  ARGON2_MEMORY_KIB: positiveInt(19456),
  ARGON2_TIME_COST: positiveInt(2),
  ARGON2_PARALLELISM: positiveInt(1),
  LOGIN_MAX_FAILURES: positiveInt(5).describe('failed logins in a row before the username is locked'),
  LOGIN_LOCKOUT_MINUTES: positiveInt(15),
  LOGIN_RATE_LIMIT_PER_MINUTE: positiveInt(60).describe('login attempts per client address per minute'),
  TRUSTED_PROXIES: z
    .string()
    .default('loopback')
    .refine(isTrustedProxiesList, 'comma-separated IP addresses or CIDRs (or loopback, linklocal, uniquelocal)')
    .describe('peers whose X-Forwarded-For is believed (the gateway, a load balancer): IPs/CIDRs; empty: none'),
});

export type IdentityEnv = z.infer<typeof identityEnvSchema>;
