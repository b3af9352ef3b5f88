import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroOrmModule, type MikroOrmModuleSyncOptions } from '@mikro-orm/nestjs';
import { MoneyScalar, subgraphModuleOptions } from '@imis/graphql';
import { MedicalEnvModule } from './config/medical-env.module';
import type { MedicalEnv } from './config/medical.config';
import { DiagnosisModule } from './modules/diagnosis';
import { CatalogueModule } from './modules/catalogue';
import { PriceListModule } from './modules/price-list';

/**
 * The service's database and its GraphQL subgraph (Federation 2, code first, schema built in memory).
 * Without messaging, observability, auth or Redis, so print-schema can build it with no database, NATS or keys.
 */
@Module({})
export class MedicalApiModule {
  static forRoot(orm: MikroOrmModuleSyncOptions, env: MedicalEnv): DynamicModule {
    return {
      module: MedicalApiModule,
      imports: [
        MedicalEnvModule.forRoot(env),
        MikroOrmModule.forRoot({ ...orm, registerRequestContext: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>(subgraphModuleOptions({ dates: true, scalars: { Money: MoneyScalar } })),
        CatalogueModule,
        DiagnosisModule,
        PriceListModule,
      ],
    };
  }
}
