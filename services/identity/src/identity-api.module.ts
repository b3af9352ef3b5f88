import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroOrmModule, type MikroOrmModuleSyncOptions } from '@mikro-orm/nestjs';
import { formatGraphQLError, LocalDateScalar, subgraphSchemaOptions, type GraphQLContext } from '@imis/graphql';
import { IdentityEnvModule } from './config/identity-env.module';
import type { IdentityEnv } from './config/identity.config';
import { AuthenticationModule } from './modules/authentication/authentication.module';
import { RightsModule } from './modules/rights/rights.module';
import { UserModule } from './modules/user/user.module';

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
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          ...subgraphSchemaOptions(),
          path: '/graphql',
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          formatError: formatGraphQLError,
          plugins: [ApolloServerPluginInlineTraceDisabled()],
          context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
          resolvers: { Date: LocalDateScalar },
        }),
        RightsModule,
        UserModule,
        AuthenticationModule,
      ],
    };
  }
}
