import { type ApolloServer, type BaseContext, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { ModuleRef, ModulesContainer } from '@nestjs/core';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import type { IncomingMessage, ServerResponse } from 'http';
import { TokenVerifier } from '@imis/auth';
import { DirectRoutes } from '@imis/observability';
import { introspectionAuthenticationPlugin } from './introspection-authentication.plugin';

type ContextFunction = (argument: { req: IncomingMessage; res: ServerResponse }) => Promise<BaseContext>;

/**
 * Nest's ApolloDriver (Apollo Server on express at /graphql) whose POSTs of JSON are also served ahead of
 * express, through the application's DirectRoutes (ADR 0005): the subgraph's every query and mutation then
 * skips express's router, body-parser, Nest's middleware and pino-http. What the middleware did for such a
 * request is done here (the MikroORM request context, as `registerRequestContext` does) and in DirectRoutes
 * (correlation id, metrics, access line). Apollo Server itself is unchanged: same plugins, CSRF prevention,
 * context, error formatting and HTTP answers. GET, other content types and bodies over the JSON limit still go
 * through express. Without an ObservabilityModule (print-schema) only the express route exists.
 */
@Injectable()
export class SubgraphDriver extends ApolloDriver {
  constructor(
    modulesContainer: ModulesContainer,
    private readonly moduleRef: ModuleRef,
  ) {
    super(modulesContainer);
  }

  override async registerExpress(options: ApolloDriverConfig, hooks?: { preStartHook?: () => void }): Promise<void> {
    // Anonymous introspection refused, on both the express route and the direct one (same Apollo server).
    options.plugins = [...(options.plugins ?? []), introspectionAuthenticationPlugin(() => this.optional(TokenVerifier))];
    await super.registerExpress(options, hooks);
    const routes = this.optional(DirectRoutes);
    if (!routes) return;
    const server = this.instance as ApolloServer<BaseContext>;
    const context = options.context as ContextFunction;
    const orm = this.optional(MikroORM);
    routes.register(options.path ?? '/graphql', async (request, body, response) => {
      const execute = () =>
        server.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: 'POST', headers: headerMap(request), search: searchOf(request.url), body },
          context: () => context({ req: request, res: response }),
        });
      await send(await (orm ? RequestContext.create(orm.em, execute) : execute()), response);
    });
  }

  private optional<T>(token: abstract new (...args: never[]) => T): T | undefined {
    try {
      return this.moduleRef.get(token, { strict: false });
    } catch {
      return undefined;
    }
  }
}

function headerMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function searchOf(url: string | undefined): string {
  const index = url?.indexOf('?') ?? -1;
  return index >= 0 ? url!.slice(index) : '';
}

/** Writes Apollo's answer as its express integration does. */
async function send(answer: HTTPGraphQLResponse, response: ServerResponse): Promise<void> {
  for (const [key, value] of answer.headers) response.setHeader(key, value);
  response.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    response.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) response.write(chunk);
  response.end();
}
