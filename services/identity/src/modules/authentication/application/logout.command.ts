import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { refuse, type CommandMeta, type UseCase } from '@imis/application';
import { authenticationErrors } from '../domain/authentication.errors';
import { refreshTokens } from '../infrastructure/refresh-tokens';

export interface LogoutData {
  /** A refresh token of the session to end. */
  readonly refreshToken: string;
}

/** Ends the caller's session of this refresh token (its whole family); another user's token is refused as unknown. */
@Injectable()
export class Logout implements UseCase<LogoutData, { loggedOut: boolean }> {
  readonly operation = 'logout';

  async execute(tx: EntityManager, { refreshToken }: LogoutData, { actor }: CommandMeta): Promise<{ loggedOut: boolean }> {
    const presented = await refreshTokens.find(tx, refreshToken);
    if (!presented || presented.userId !== actor) refuse(authenticationErrors.invalidRefreshToken());
    await refreshTokens.revokeFamily(tx, presented.familyId, new Date());
    return { loggedOut: true };
  }
}
