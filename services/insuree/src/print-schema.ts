import { loadConfig } from '@imis/config';
import { printSubgraphSchema } from '@imis/graphql';
import { insureeOrmConfig } from './config/insuree-orm.config';
import { insureeEnvSchema } from './config/insuree.config';
import { InsureeApiModule } from './insuree-api.module';

/** Prints the subgraph's federation SDL to stdout (needs no database, NATS, Redis or keys). */
const env = loadConfig(insureeEnvSchema, {});
printSubgraphSchema(InsureeApiModule.forRoot({ ...insureeOrmConfig(env), connect: false }, env));
