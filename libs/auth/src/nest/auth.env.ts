import { z } from 'zod';
import type { JSONWebKeySet } from 'jose';
import type { KeySource } from '../token/token-verifier';
import { DEFAULT_TOKEN_AUDIENCE, type TokenAudience } from '../token/token-audience';

/** Variables of every process that verifies access tokens (gateway and subgraphs). */
export const authEnvSchema = z.object({
  AUTH_JWKS_URL: z
    .string()
    .url()
    .default('http://127.0.0.1:4002/.well-known/jwks.json')
    .describe("identity's public keys; fetched on first use and when a token names an unknown key"),
  AUTH_JWKS: z.string().optional().describe('the public keys as an inline JWKS JSON document; overrides AUTH_JWKS_URL'),
  AUTH_ISSUER: z.string().default(DEFAULT_TOKEN_AUDIENCE.issuer),
  AUTH_AUDIENCE: z.string().default(DEFAULT_TOKEN_AUDIENCE.audience),
});

export type AuthEnv = z.infer<typeof authEnvSchema>;

export interface TokenVerification {
  readonly keys: KeySource;
  readonly audience: TokenAudience;
}

export function tokenVerificationFrom(env: AuthEnv): TokenVerification {
  const keys: KeySource = env.AUTH_JWKS ? { jwks: parseJwks(env.AUTH_JWKS) } : { jwksUrl: env.AUTH_JWKS_URL };
  return { keys, audience: { issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE } };
}

function parseJwks(text: string): JSONWebKeySet {
  const parsed = JSON.parse(text) as Partial<JSONWebKeySet>;
  if (!Array.isArray(parsed.keys)) throw new Error('AUTH_JWKS must be a JWKS document: {"keys":[…]}');
  return parsed as JSONWebKeySet;
}
