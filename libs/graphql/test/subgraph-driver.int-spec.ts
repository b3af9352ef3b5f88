import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, type INestApplication, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Args, Context, Field, GraphQLModule, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { EntityManager, RequestContext } from '@mikro-orm/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import type { AddressInfo } from 'net';
import { ClientMutation } from '@imis/application';
import { type GraphQLContext, subgraphModuleOptions } from '@imis/graphql';
import { createServiceApplication, currentCorrelationId, ObservabilityModule } from '@imis/observability';
import { serviceOrmConfig } from '@imis/persistence';
import { createTestDatabase, type TestDatabase } from '@imis/testing';

const logLines: Record<string, unknown>[] = [];
const logDestination = { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) };
/** Requests to /graphql that went through express and Nest's middleware. */
let throughExpress = 0;

@ObjectType()
class Probe {
  @Field()
  inRequestContext!: boolean;

  /** The id of the request's EntityManager fork. */
  @Field()
  forkId!: number;

  @Field()
  database!: number;

  @Field({ nullable: true })
  correlationId?: string;

  @Field({ nullable: true })
  header?: string;
}

@Resolver()
class ProbeResolver {
  constructor(private readonly em: EntityManager) {}

  @Query(() => Probe)
  async probe(@Context() context: GraphQLContext): Promise<Probe> {
    const [row] = await this.em.getConnection().execute<{ one: number }[]>('select 1 as one');
    const fork = RequestContext.getEntityManager();
    return {
      inRequestContext: fork !== undefined && fork !== this.em && this.em.getContext() === fork,
      forkId: fork!.id,
      database: row!.one,
      correlationId: currentCorrelationId(),
      header: context.req.headers['x-probe'] as string | undefined,
    };
  }

  /** Fails in PostgreSQL (pg's DatabaseError) with `name` in the statement and in PostgreSQL's message (not a UUID). */
  @Query(() => Boolean)
  async personById(@Args('name') name: string): Promise<boolean> {
    await this.em.getConnection().execute('select ?::uuid as id', [name]);
    return true;
  }
}

@Module({})
class SubgraphTestModule implements NestModule {
  static forRoot(database: TestDatabase, withObservability: boolean): DynamicModule {
    const orm = serviceOrmConfig({ service: 'graphql', serverUrl: database.serverUrl, database: database.name, entities: [ClientMutation], migrations: [] });
    return {
      module: SubgraphTestModule,
      imports: [
        ...(withObservability ? [ObservabilityModule.forRoot({ service: 'subgraph-test', logLevel: 'info', logDestination })] : []),
        MikroOrmModule.forRoot({ ...orm, registerRequestContext: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>(subgraphModuleOptions()),
      ],
      providers: [ProbeResolver],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply((_request: unknown, _response: unknown, next: () => void) => {
        throughExpress++;
        next();
      })
      .forRoutes('graphql');
  }
}

const PROBE = '{ probe { inRequestContext forkId database correlationId header } }';

describe('SubgraphDriver', () => {
  let database: TestDatabase;
  const apps: INestApplication[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('graphql');
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await database?.drop();
  });

  const start = async (withObservability: boolean): Promise<string> => {
    const module = SubgraphTestModule.forRoot(database, withObservability);
    const app = withObservability ? await createServiceApplication(module) : await NestFactory.create(module, { logger: false });
    apps.push(app);
    await app.listen(0, '127.0.0.1');
    return `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
  };

  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('serves JSON POSTs ahead of express: same answer, a MikroORM request context of its own, the request in the context, a correlation id', async () => {
    const url = await start(true);
    const before = throughExpress;
    const response = await post(url, { query: PROBE }, { 'x-correlation-id': 'subgraph-1', 'x-probe': 'seen' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-correlation-id')).toBe('subgraph-1');
    const { data } = await response.json();
    expect(data).toEqual({ probe: { inRequestContext: true, forkId: expect.any(Number), database: 1, correlationId: 'subgraph-1', header: 'seen' } });
    const again = await (await post(url, { query: PROBE })).json();
    expect(again.data.probe.forkId).not.toBe(data.probe.forkId);
    expect(throughExpress).toBe(before);
    expect(logLines.some((line) => line.correlationId === 'subgraph-1' && line.msg === 'request completed')).toBe(true);
  });

  it('logs a database error failing a request without the personal value in its statement and message', async () => {
    const url = await start(true);
    const pii = 'Zyxwvu-PII';
    const response = await post(url, { query: 'query($name: String!) { personById(name: $name) }', variables: { name: pii } }, { 'x-correlation-id': 'subgraph-pii' });
    expect((await response.json()).errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const logged = logLines.filter((line) => line.correlationId === 'subgraph-pii' && line.err);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ msg: 'DatabaseError, SQLSTATE 22P02', err: { type: 'DatabaseError', code: '22P02', sql: 'select ?::uuid as id' } });
    expect(JSON.stringify(logLines)).not.toContain(pii);
  });

  it('answers invalid operations as Apollo does, with the service error format', async () => {
    const url = await start(true);
    const response = await post(url, { query: '{ nothing }' });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].extensions.stacktrace).toBeUndefined();
  });

  it('leaves GET (with Apollo’s CSRF prevention) to express', async () => {
    const url = await start(true);
    const before = throughExpress;
    const query = `${url}?query=${encodeURIComponent(PROBE)}`;
    expect((await fetch(query)).status).toBe(400);
    const response = await fetch(query, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await response.json()).toMatchObject({ data: { probe: { inRequestContext: true, database: 1 } } });
    expect(throughExpress).toBe(before + 2);
  });

  it('serves everything through express when the application has no ObservabilityModule (print-schema)', async () => {
    const url = await start(false);
    const before = throughExpress;
    expect(await (await post(url, { query: PROBE })).json()).toMatchObject({ data: { probe: { inRequestContext: true, database: 1 } } });
    expect(throughExpress).toBe(before + 1);
  });
});
