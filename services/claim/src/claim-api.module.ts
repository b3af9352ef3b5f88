import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroOrmModule, type MikroOrmModuleSyncOptions } from '@mikro-orm/nestjs';
import { subgraphModuleOptions } from '@imis/graphql';
import { type ClaimEnv, claimRulesFrom } from './config/claim.config';
import { AdjudicationApiModule, AdjudicationModule, adjudicationSettingsFrom } from './modules/adjudication';
import { ClaimModule } from './modules/claim';

/**
 * The service's database and its GraphQL subgraph (Federation 2, code first, schema built in memory).
 * Without messaging, observability or auth, so print-schema can build it with no database, NATS or keys.
 */
@Module({})
export class ClaimApiModule {
  static forRoot(orm: MikroOrmModuleSyncOptions, env: ClaimEnv): DynamicModule {
    return {
      module: ClaimApiModule,
      imports: [
        MikroOrmModule.forRoot({ ...orm, registerRequestContext: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>(subgraphModuleOptions()),
        AdjudicationModule.forRoot(adjudicationSettingsFrom(env)),
        ClaimModule.forRoot(claimRulesFrom(env)),
        AdjudicationApiModule,
      ],
    };
  }
}
