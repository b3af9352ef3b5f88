import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE } from '@imis/observability';
import { AuthenticationError } from '../token/authentication.error';
import { AuthRefusal } from './auth-refusal.error';
import { TokenVerifier } from '../token/token-verifier';
import { REQUIRED_RIGHTS } from './auth.decorators';
import { requestOf } from './request-of';

/**
 * Guards every resolver and controller of the service (registered globally): public only when marked so;
 * otherwise a token verified here, by this service, and any one of the required rights.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const graphql = context.getType<string>() === 'graphql';
    const request = requestOf(context);
    if (!request.user) {
      try {
        request.user = await this.verifier.verifyHeader(request.headers.authorization);
      } catch (error) {
        if (!(error instanceof AuthenticationError)) throw error;
        if (error.reason === 'KEYS_UNAVAILABLE') {
          throw graphql
            ? new AuthRefusal(error.message, { extensions: { code: 'SERVICE_UNAVAILABLE', reason: error.reason } })
            : new ServiceUnavailableException({ code: 'SERVICE_UNAVAILABLE', reason: error.reason, message: error.message });
        }
        throw graphql
          ? new AuthRefusal(error.message, { extensions: { code: 'UNAUTHENTICATED', reason: error.reason } })
          : new UnauthorizedException({ code: 'UNAUTHENTICATED', reason: error.reason, message: error.message });
      }
    }
    const rights = this.reflector.getAllAndOverride<number[] | undefined>(REQUIRED_RIGHTS, targets) ?? [];
    if (request.user.hasAnyRight(rights)) return true;
    const message = `This operation needs one of the rights ${rights.join(', ')}`;
    throw graphql
      ? new AuthRefusal(message, { extensions: { code: 'FORBIDDEN', requiredRights: rights } })
      : new ForbiddenException({ code: 'FORBIDDEN', requiredRights: rights, message });
  }
}
