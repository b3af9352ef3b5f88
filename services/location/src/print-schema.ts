import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { loadConfig } from '@imis/config';
import { subgraphSdl } from '@imis/graphql';
import { locationOrmConfig } from './config/location-orm.config';
import { locationEnvSchema } from './config/location.config';
import { LocationApiModule } from './location-api.module';

/**
 * Prints the subgraph's federation SDL to stdout, for composing the supergraph at build time. Needs no
 * database (the ORM is built without connecting) and no NATS (messaging is not part of the API module).
 */
async function main(): Promise<void> {
  const orm = { ...locationOrmConfig(loadConfig(locationEnvSchema, {})), connect: false };
  const app = await NestFactory.create(LocationApiModule.forRoot(orm), { logger: false, abortOnError: false });
  await app.init();
  const sdl = await subgraphSdl(app.get(GraphQLSchemaHost).schema);
  await app.close();
  process.stdout.write(`${sdl}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
