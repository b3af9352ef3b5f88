import { type DynamicModule, type FactoryProvider, Global, Module, type Provider, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { LocationScopeResolver } from '../scope/location-scope.resolver';
import type { LocationTree } from '../scope/location-tree';
import { TokenVerifier } from '../token/token-verifier';
import type { TokenVerification } from './auth.env';
import { AuthGuard } from './auth.guard';
import { AuthRefusalFilter } from './auth-refusal.filter';

export interface AuthModuleOptions {
  /** Where the public keys come from; or `verifier` when the service builds its own (identity, holding the keys). */
  readonly verification?: TokenVerification;
  readonly verifier?: Omit<FactoryProvider<TokenVerifier>, 'provide'>;
  /** The service's location tree, when it scopes records by location (provides LocationScopeResolver). */
  readonly locationTree?: Type<LocationTree>;
}

/**
 * Authentication and rights for a service: every resolver and controller is guarded unless marked public.
 * Import once in the service's root module.
 */
@Global()
@Module({})
export class AuthModule {
  static forRoot({ verification, verifier: customVerifier, locationTree }: AuthModuleOptions): DynamicModule {
    if (!verification === !customVerifier) throw new Error('AuthModule.forRoot needs exactly one of verification and verifier');
    const verifier: Provider = customVerifier
      ? { provide: TokenVerifier, ...customVerifier }
      : { provide: TokenVerifier, useFactory: () => new TokenVerifier(verification!.keys, verification!.audience) };
    const scoping: Provider[] = locationTree
      ? [
          locationTree,
          {
            provide: LocationScopeResolver,
            useFactory: (tree: LocationTree) => new LocationScopeResolver(tree),
            inject: [locationTree],
          },
        ]
      : [];
    return {
      module: AuthModule,
      providers: [verifier, { provide: APP_GUARD, useClass: AuthGuard }, { provide: APP_FILTER, useClass: AuthRefusalFilter }, ...scoping],
      exports: [TokenVerifier, ...(locationTree ? [LocationScopeResolver] : [])],
    };
  }
}
