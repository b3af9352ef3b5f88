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
 * Without messaging or observability, so print-schema can build it with no database or NATS.
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
          resolvers: { Date: LocalDateScalar },
        }),
        LocationModule,
        HealthFacilityModule,
      ],
    };
  }
}
