import type { GatewayPlugin, Logger } from '@graphql-hive/gateway-runtime';
import { AuthenticationError, TokenVerifier } from '@imis/auth';
import { GraphQLError } from 'graphql';
import { isAnonymousOperation } from './anonymous-operations';

/**
 * Authentication at the gateway, before anything is parsed, validated, planned or sent to a subgraph
 * (Yoga `onParams`):
 * - no Authorization header: only an operation of allow-listed root fields (ANONYMOUS_ROOT_FIELDS) goes on;
 * - an Authorization header: its bearer token must be valid (signature, issuer, audience, expiry), also for
 *   allow-listed operations, and an Authorization that is not a bearer token is refused as invalid; only an
 *   expired token is let through for an allow-listed operation (`refreshToken` is authenticated by the
 *   refresh token it carries, and the client calls it precisely because its access token expired).
 * A refusal is a GraphQL error `UNAUTHENTICATED` with `extensions.reason` TOKEN_MISSING, TOKEN_INVALID or
 * TOKEN_EXPIRED (HTTP 200, as every GraphQL error of the API). The Authorization header is still forwarded
 * and every subgraph verifies the token again; this check keeps anonymous traffic away from them.
 * A token verified in the last minute is not verified again (TokenVerifier remembers it).
 */
export function useAuthentication(verifier: TokenVerifier, logger: Logger): GatewayPlugin {
  return {
    onParams({ request, params, setResult }) {
      const authorization = request.headers.get('authorization')?.trim();
      if (!authorization) {
        if (!isAnonymousOperation(params.query, params.operationName)) setResult(refusal(new AuthenticationError('TOKEN_MISSING')));
        return;
      }
      const token = TokenVerifier.bearerToken(authorization);
      if (!token) {
        setResult(refusal(new AuthenticationError('TOKEN_INVALID', 'the Authorization header is not a bearer token'), logger));
        return;
      }
      return verifier.verify(token).then(
        () => undefined,
        (error: unknown) => {
          if (!(error instanceof AuthenticationError)) throw error;
          if (error.reason === 'TOKEN_EXPIRED' && isAnonymousOperation(params.query, params.operationName)) return;
          setResult(refusal(error, logger));
        },
      );
    },
  };
}

/** The result of a refused request; an invalid token is logged with why (never sent to the caller). */
function refusal(error: AuthenticationError, logger?: Logger) {
  if (error.reason === 'TOKEN_INVALID') logger?.info({ reason: error.reason, detail: error.detail }, 'Access token refused');
  else logger?.debug({ reason: error.reason }, 'Access token refused');
  return { errors: [new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', reason: error.reason } })] };
}
