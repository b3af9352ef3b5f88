import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { inTransaction, runUseCase } from '@imis/application';
import { commandMeta, CurrentUser, Public, RequestUser } from '@imis/auth';
import { userError, type GraphQLContext } from '@imis/graphql';
import { InjectIdentityEnv } from '../../../config/identity-env.module';
import type { IdentityEnv } from '../../../config/identity.config';
import type { AuthenticationResult } from '../application/authentication-result';
import { ChangePassword } from '../application/change-password.command';
import { Login } from '../application/login.command';
import { Logout } from '../application/logout.command';
import { PasswordCredentials } from '../application/password-credentials';
import { RefreshSession } from '../application/refresh-session.command';
import { clientAddress } from '../domain/client-address';
import { trustedProxies } from '@imis/observability';
import { ChangePasswordInput, LoginInput, LogoutInput, RefreshTokenInput } from './authentication.inputs';
import { AuthenticationPayload, ChangePasswordPayload, LogoutPayload, PasswordPolicyModel } from './authentication.payloads';

@Resolver()
export class AuthenticationResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly loginUseCase: Login,
    private readonly refreshUseCase: RefreshSession,
    private readonly logoutUseCase: Logout,
    private readonly changePasswordUseCase: ChangePassword,
    private readonly credentials: PasswordCredentials,
    @InjectIdentityEnv() private readonly env: IdentityEnv,
  ) {
    this.isTrustedProxy = trustedProxies(env.TRUSTED_PROXIES);
  }

  private readonly isTrustedProxy: (address: string) => boolean;

  @Public()
  @Mutation(() => AuthenticationPayload, { description: 'Signs in with username and password' })
  async login(@Args('input') { username, password, clientMutationId }: LoginInput, @Context() { req }: GraphQLContext) {
    const address = clientAddress(req.headers['x-forwarded-for'], req.socket.remoteAddress, this.isTrustedProxy);
    return authenticationPayload(await this.loginUseCase.execute(this.em, { username, password, clientAddress: address }), clientMutationId);
  }

  @Public()
  @Mutation(() => AuthenticationPayload, { description: 'New tokens for a refresh token, which is then used up' })
  async refreshToken(@Args('input') { refreshToken, clientMutationId }: RefreshTokenInput) {
    return authenticationPayload(await inTransaction(this.em, (tx) => this.refreshUseCase.execute(tx, { refreshToken })), clientMutationId);
  }

  @Mutation(() => LogoutPayload, { description: "Ends the caller's session of this refresh token" })
  async logout(@Args('input') { refreshToken, clientMutationId }: LogoutInput, @CurrentUser() user: RequestUser): Promise<LogoutPayload> {
    const result = await runUseCase(this.em, this.logoutUseCase, { refreshToken }, commandMeta(user, clientMutationId));
    return { loggedOut: result.loggedOut ?? false, errors: result.errors, clientMutationId: clientMutationId ?? null };
  }

  @Mutation(() => ChangePasswordPayload, { description: "Changes the caller's password; its other sessions end" })
  async changePassword(
    @Args('input') { currentPassword, newPassword, clientMutationId }: ChangePasswordInput,
    @CurrentUser() user: RequestUser,
  ): Promise<ChangePasswordPayload> {
    const meta = { ...commandMeta(user, clientMutationId), username: user.username };
    const result = await runUseCase(this.em, this.changePasswordUseCase, { currentPassword, newPassword }, meta);
    return { changed: result.changed ?? false, errors: result.errors, clientMutationId: clientMutationId ?? null };
  }

  @Public()
  @Query(() => PasswordPolicyModel, { description: 'What a new password must meet' })
  passwordPolicy(): PasswordPolicyModel {
    return { ...this.credentials.policy };
  }
}

function authenticationPayload(result: AuthenticationResult, clientMutationId?: string | null): AuthenticationPayload {
  return {
    accessToken: result.tokens?.accessToken ?? null,
    refreshToken: result.tokens?.refreshToken ?? null,
    expiresAt: result.tokens?.expiresAt ?? null,
    refreshExpiresAt: result.tokens?.refreshExpiresAt ?? null,
    errors: result.errors.map((error) => userError(error.code, error.message, error.field)),
    clientMutationId: clientMutationId ?? null,
  };
}
