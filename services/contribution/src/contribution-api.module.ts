import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroOrmModule, type MikroOrmModuleSyncOptions } from '@mikro-orm/nestjs';
import { MoneyScalar, subgraphModuleOptions } from '@imis/graphql';
import { FundingModule } from './modules/funding';
import { PayerModule } from './modules/payer';
import { PremiumModule } from './modules/premium';

/**
 * The service's database and its GraphQL subgraph (Federation 2, code first, schema built in memory).
 * Without messaging, observability or auth, so print-schema can build it with no database, NATS or keys.
 */
@Module({})
export class ContributionApiModule {
  static forRoot(orm: MikroOrmModuleSyncOptions): DynamicModule {
    return {
      module: ContributionApiModule,
      imports: [
        MikroOrmModule.forRoot({ ...orm, registerRequestContext: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>(subgraphModuleOptions({ dates: true, scalars: { Money: MoneyScalar } })),
        PayerModule,
        PremiumModule,
        FundingModule,
      ],
    };
  }
}
