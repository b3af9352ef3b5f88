import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroOrmModule, type MikroOrmModuleSyncOptions } from '@mikro-orm/nestjs';
import { MoneyScalar, subgraphModuleOptions } from '@imis/graphql';
import type { PaymentEnv } from './config/payment.config';
import { PaymentModule, type PaymentModuleOptions } from './modules/payment';

/**
 * The service's database and its GraphQL subgraph (Federation 2, code first, schema built in memory).
 * Without messaging, observability or auth, so print-schema can build it with no database, NATS or keys.
 */
@Module({})
export class PaymentApiModule {
  static forRoot(orm: MikroOrmModuleSyncOptions, env: PaymentEnv, options: PaymentModuleOptions = {}): DynamicModule {
    return {
      module: PaymentApiModule,
      imports: [
        MikroOrmModule.forRoot({ ...orm, registerRequestContext: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>(subgraphModuleOptions({ dates: true, scalars: { Money: MoneyScalar } })),
        PaymentModule.forRoot(env, options),
      ],
    };
  }
}
