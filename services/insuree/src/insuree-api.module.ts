import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroOrmModule, type MikroOrmModuleSyncOptions } from '@mikro-orm/nestjs';
import { subgraphModuleOptions } from '@imis/graphql';
import { InsureeEnvModule } from './config/insuree-env.module';
import type { InsureeEnv } from './config/insuree.config';
import type { InsureeScheme } from './insuree-scheme';
import { CardModule } from './modules/card';
// Before card-holders (which loads the registry): keeps the subgraph's type order as it was.
import { LookupModule } from './modules/lookup';
import { CardHoldersModule, RegistryCardHolders } from './modules/card-holders';
import { ImportApiModule } from './modules/import';
import { InsuranceNumberModule } from './modules/insurance-number/insurance-number.module';
import { PhotoModule } from './modules/photo';
import { RegistryModule } from './modules/registry';

/**
 * The service's database and its GraphQL subgraph (Federation 2, code first, schema built in memory).
 * Without messaging, observability, auth or Redis, so print-schema can build it with none of them.
 */
@Module({})
export class InsureeApiModule {
  static forRoot(orm: MikroOrmModuleSyncOptions, env: InsureeEnv, scheme: InsureeScheme = {}): DynamicModule {
    return {
      module: InsureeApiModule,
      imports: [
        InsureeEnvModule.forRoot(env),
        MikroOrmModule.forRoot({ ...orm, registerRequestContext: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>(subgraphModuleOptions({ dates: true })),
        InsuranceNumberModule.forRoot({ validator: scheme.insuranceNumberValidator }),
        RegistryModule,
        LookupModule,
        PhotoModule,
        ImportApiModule,
        CardModule.forRoot({
          holderSource: RegistryCardHolders,
          imports: [CardHoldersModule],
          schemeName: env.CARD_SCHEME_NAME,
          layout: scheme.cardLayout,
          fonts: scheme.cardFonts,
        }),
      ],
    };
  }
}
