import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroOrmModule, type MikroOrmModuleSyncOptions } from '@mikro-orm/nestjs';
import { subgraphModuleOptions } from '@imis/graphql';
import { IdentityEnvModule } from './config/identity-env.module';
import type { IdentityEnv } from './config/identity.config';
import { AuthenticationModule } from './modules/authentication';
import { RightsModule } from './modules/rights';
import { UserModule } from './modules/user';

/**
 * The service's database and its GraphQL subgraph (Federation 2, code first, schema built in memory).
 * Without messaging, observability or auth, so print-schema can build it with no database or NATS.
 */
@Module({})
export class IdentityApiModule {
  static forRoot(orm: MikroOrmModuleSyncOptions, env: IdentityEnv): DynamicModule {
    return {
      module: IdentityApiModule,
      imports: [
        IdentityEnvModule.forRoot(env),
        MikroOrmModule.forRoot({ ...orm, registerRequestContext: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>(subgraphModuleOptions({ dates: true })),
        RightsModule,
        UserModule,
        AuthenticationModule,
      ],
    };
  }
}
