import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { PublicRoute } from '@imis/observability';
import type { RightCode } from '../rights/right-catalogue';
import type { RequestUser } from '../request-user';
import { requestOf } from './request-of';

export const REQUIRED_RIGHTS = 'imis:required-rights';

/** Reachable without signing in (login, refresh, JWKS). Everything else needs a valid access token. */
export const Public = PublicRoute;

/** The caller needs any one of these rights (openIMIS semantics); IMIS Administrators pass. */
export const RequireRights = (...rights: RightCode[]) => SetMetadata(REQUIRED_RIGHTS, rights);

/** Resolver or handler parameter: the signed-in caller (set by the AuthGuard). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): RequestUser => {
  const user = requestOf(context).user;
  if (!user) throw new Error('CurrentUser used on a public operation: the AuthGuard did not authenticate this request');
  return user;
});
