import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { subgraphSdl } from './subgraph-options';

/**
 * Prints a service's subgraph SDL (with federation directives) to stdout, for composing the supergraph at
 * build time, then exits. `apiModule` is the service's API module built with an ORM that does not connect:
 * no database, NATS or keys are needed.
 */
export function printSubgraphSchema(apiModule: DynamicModule): void {
  const print = async () => {
    const app = await NestFactory.create(apiModule, { logger: false, abortOnError: false });
    await app.init();
    const sdl = await subgraphSdl(app.get(GraphQLSchemaHost).schema);
    await app.close();
    process.stdout.write(`${sdl}\n`);
  };
  print().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
