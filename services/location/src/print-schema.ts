import { loadConfig } from '@imis/config';
import { printSubgraphSchema } from '@imis/graphql';
import { locationOrmConfig } from './config/location-orm.config';
import { locationEnvSchema } from './config/location.config';
import { LocationApiModule } from './location-api.module';

/** Prints the subgraph's federation SDL to stdout (needs no database, NATS or keys). */
printSubgraphSchema(LocationApiModule.forRoot({ ...locationOrmConfig(loadConfig(locationEnvSchema, {})), connect: false }));
