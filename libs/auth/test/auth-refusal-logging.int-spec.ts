import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type INestApplication, Module } from '@nestjs/common';
import { GraphQLModule, Query, Resolver } from '@nestjs/graphql';
import type { AddressInfo } from 'net';
import { AuthModule, RequireRights, RIGHT_CATALOGUE, tokenVerificationFrom, authEnvSchema } from '@imis/auth';
import { subgraphModuleOptions } from '@imis/graphql';
import { createServiceApplication, ObservabilityModule } from '@imis/observability';
import { TestAuthority } from '@imis/testing';

const logLines: Record<string, unknown>[] = [];
const logDestination = { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) };
const RIGHT = RIGHT_CATALOGUE[0]!.code;

@Resolver()
class GuardedResolver {
  @RequireRights(RIGHT)
  @Query(() => String)
  guarded(): string {
    return 'seen';
  }
}

/** A service's GraphQL refusals (AuthGuard) are logged as one info line with the code, without a stack. */
describe('AuthGuard refusal logging', () => {
  let app: INestApplication;
  let url: string;
  let authority: TestAuthority;

  beforeAll(async () => {
    authority = await TestAuthority.create();
    const verification = tokenVerificationFrom(authEnvSchema.parse({ AUTH_JWKS: authority.jwks }));
    @Module({
      imports: [
        ObservabilityModule.forRoot({ service: 'auth-test', logLevel: 'info', logDestination }),
        AuthModule.forRoot({ verification }),
        GraphQLModule.forRoot<ApolloDriverConfig>(subgraphModuleOptions()),
      ],
      providers: [GuardedResolver],
    })
    class AuthTestModule {}
    app = await createServiceApplication(AuthTestModule);
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => app?.close());

  const ask = async (headers: Record<string, string>) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"query":"{ guarded }"}' });
    return ((await response.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code;
  };

  it('logs UNAUTHENTICATED and FORBIDDEN at info, one line with the code, no stack', async () => {
    logLines.length = 0;
    expect(await ask({})).toBe('UNAUTHENTICATED');
    expect(await ask(await authority.headers({ rights: [] }))).toBe('FORBIDDEN');
    expect(await ask(await authority.headers({ rights: [RIGHT] }))).toBeUndefined();
    const refusals = logLines.filter((line) => /UNAUTHENTICATED|FORBIDDEN/.test(JSON.stringify(line)));
    expect(refusals.map((line) => ({ level: line.level, msg: line.msg }))).toEqual([
      { level: 30, msg: 'request refused: UNAUTHENTICATED (TOKEN_MISSING)' },
      { level: 30, msg: 'request refused: FORBIDDEN' },
    ]);
    expect(refusals.every((line) => line.err === undefined && !JSON.stringify(line).includes('    at '))).toBe(true);
    expect(logLines.some((line) => Number(line.level) >= 50)).toBe(false);
  });
});
