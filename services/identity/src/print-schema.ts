import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { loadConfig } from '@imis/config';
import { subgraphSdl } from '@imis/graphql';
import { identityOrmConfig } from './config/identity-orm.config';
import { identityEnvSchema } from './config/identity.config';
import { IdentityApiModule } from './identity-api.module';

/**
 * Prints the subgraph's federation SDL to stdout, for composing the supergraph at build time. Needs no
 * database (the ORM is built without connecting) and no NATS (messaging is not part of the API module).
 */
async function main(): Promise<void> {
  const env = loadConfig(identityEnvSchema, {});
  const orm = { ...identityOrmConfig(env), connect: false };
  const app = await NestFactory.create(IdentityApiModule.forRoot(orm, env), { logger: false, abortOnError: false });
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
