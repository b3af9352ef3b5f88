import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroOrmModule, type MikroOrmModuleSyncOptions } from '@mikro-orm/nestjs';
import { formatGraphQLError, subgraphSchemaOptions, type GraphQLContext } from '@imis/graphql';
import { HealthFacilityModule } from './modules/health-facility/health-facility.module';
import { LocationModule } from './modules/location/location.module';
import { LocalDateScalar } from '@imis/graphql';

/**
 * The service's database and its GraphQL subgraph (Federation 2, code first, schema built in memory).
 * Without messaging, observability or auth, so print-schema can build it with no database, NATS or keys.
 */
@Module({})
export class LocationApiModule {
  static forRoot(orm: MikroOrmModuleSyncOptions): DynamicModule {
    return {
      module: LocationApiModule,
      imports: [
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
          // Inline traces are for Apollo's own gateway; ours (Hive) does not read them.
          plugins: [ApolloServerPluginInlineTraceDisabled()],
          context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
          // Nest runs guards on root fields only, unless told otherwise. Federation `_entities` calls the
          // `@ResolveReference` methods, which Nest registers as field resolvers: without this, the global
          // AuthGuard would never see those requests and references would resolve with no token at all.
          fieldResolverEnhancers: ['guards'],
          resolvers: { Date: LocalDateScalar },
        }),
        LocationModule,
        HealthFacilityModule,
      ],
    };
  }
}
