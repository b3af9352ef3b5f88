import { loadConfig } from '@imis/config';
import { printSubgraphSchema } from '@imis/graphql';
import { identityOrmConfig } from './config/identity-orm.config';
import { identityEnvSchema } from './config/identity.config';
import { IdentityApiModule } from './identity-api.module';

/** Prints the subgraph's federation SDL to stdout (needs no database, NATS or keys). */
const env = loadConfig(identityEnvSchema, {});
printSubgraphSchema(IdentityApiModule.forRoot({ ...identityOrmConfig(env), connect: false }, env));
