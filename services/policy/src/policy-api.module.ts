import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroOrmModule, type MikroOrmModuleSyncOptions } from '@mikro-orm/nestjs';
import { MoneyScalar, subgraphModuleOptions } from '@imis/graphql';
import { PolicyEnvModule } from './config/policy-env.module';
import type { PolicyEnv } from './config/policy.config';
import { ActivationModule } from './modules/activation';
import { CoverageModule } from './modules/coverage';
import { PolicyModule } from './modules/policy';
import { PolicyValueModule } from './modules/policy-value';
import { ProductModule } from './modules/product';
import { RenewalModule } from './modules/renewal';

/**
 * The service's database and its GraphQL subgraph (Federation 2, code first, schema built in memory).
 * Without messaging, observability or auth, so print-schema can build it with no database, NATS or keys.
 */
@Module({})
export class PolicyApiModule {
  static forRoot(orm: MikroOrmModuleSyncOptions, env: PolicyEnv): DynamicModule {
    return {
      module: PolicyApiModule,
      imports: [
        PolicyEnvModule.forRoot(env),
        MikroOrmModule.forRoot({ ...orm, registerRequestContext: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>(subgraphModuleOptions({ dates: true, scalars: { Money: MoneyScalar } })),
        PolicyValueModule.forRoot({ rule: env.POLICY_VALUE_RULE, ageOfMajority: env.POLICY_AGE_OF_MAJORITY }),
        ProductModule,
        PolicyModule,
        ActivationModule,
        CoverageModule,
        RenewalModule,
      ],
    };
  }
}
