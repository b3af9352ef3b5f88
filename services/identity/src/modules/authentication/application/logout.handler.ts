import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { refuse, runCommand } from '@imis/application';
import { authenticationErrors } from '../domain/authentication.errors';
import { refreshTokens } from '../infrastructure/refresh-tokens';

export interface LogoutCommand {
  readonly refreshToken: string;
  readonly actor: string;
  readonly clientMutationId?: string | null;
}

/** Ends the caller's session of this refresh token (its whole family); another user's token is refused as unknown. */
@Injectable()
export class LogoutHandler {
  constructor(private readonly em: EntityManager) {}

  execute({ refreshToken, actor, clientMutationId }: LogoutCommand) {
    return runCommand(this.em, { actor, clientMutationId, operation: 'logout' }, async (tx) => {
      const presented = await refreshTokens.find(tx as EntityManager, refreshToken);
      if (!presented || presented.userId !== actor) refuse(authenticationErrors.invalidRefreshToken());
      await refreshTokens.revokeFamily(tx as EntityManager, presented.familyId, new Date());
      return { loggedOut: true };
    });
  }
}
