import type { ServiceTestApp } from '@imis/testing';
import { startInsuree } from './support/insuree-service';

/** `family(id) { members { family { members … { id } } } }`: `levels` fields deep, the last `id` included. */
function recursive(levels: number): string {
  const names = Array.from({ length: levels - 2 }, (_, index) => (index % 2 === 0 ? 'members' : 'family'));
  return `{ family(id: "0190e0c0-0000-7000-8000-000000000001") { id ${names.map((name) => `${name} { id `).join('')}${'}'.repeat(names.length)} } }`;
}

/**
 * The query limits in the subgraph itself (a request that reaches it without the gateway), on its direct
 * path (JSON POST, DirectRoutes) and on express's (GET): refused before anything is resolved.
 */
describe('insuree service: query limits', () => {
  let service: ServiceTestApp;

  beforeAll(async () => {
    ({ service } = await startInsuree());
  });
  afterAll(() => service.close());

  const refusal = (limit: string) => ({ message: expect.any(String), extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit } });

  it('refuses the 12-level family/members recursion and a 60-level one as validation errors (HTTP 400)', async () => {
    for (const levels of [12, 60]) {
      const response = await service.graphql(recursive(levels));
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      expect(response.errors).toContainEqual(refusal('MAX_DEPTH'));
    }
    expect(await service.graphql(recursive(10))).toEqual({ status: 200, data: { family: null } });
  });

  it('refuses 1,000 aliases of a page of families (over the token limit already) and 100 within it', async () => {
    const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;
    const thousand = await service.graphql(aliases(1000, 'families(first: 100) { totalCount }'));
    expect(thousand.status).toBe(400);
    expect(thousand.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
    const hundred = await service.graphql(aliases(100, 'family(id: "0190e0c0-0000-7000-8000-000000000001") { id }'));
    expect(hundred).toEqual({ status: 400, errors: [refusal('MAX_ALIASES')] });
  });

  it('stops parsing a document over the token limit', async () => {
    const response = await service.graphql(`{ ${Array.from({ length: 3000 }, () => '__typename').join(' ')} }`);
    expect(response.status).toBe(400);
    // graphql-js's wording ("more that").
    expect(response.errors).toEqual([
      { message: expect.stringMatching(/^Syntax Error: Document contains more tha[nt] 2000 tokens/), locations: expect.anything(), extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
    ]);
  });

  it('applies the same limits on the GET path through express', async () => {
    const response = await fetch(`${service.url}/graphql?query=${encodeURIComponent(recursive(12))}`, {
      headers: { ...service.headers, 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [refusal('MAX_DEPTH')] });
  });

  it('refuses introspection and `_service { sdl }` without a valid token, on the direct and the express path', async () => {
    const unauthenticated = (reason: string) => [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED', reason } }];
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Insuree") { name } }', '{ _service { sdl } }', '{ ...on Query { __schema { queryType { name } } } }']) {
      const anonymous = await service.graphql(query, undefined, {});
      expect({ query, status: anonymous.status, data: anonymous.data, errors: anonymous.errors }).toEqual({
        query,
        status: 200,
        data: undefined,
        errors: unauthenticated('TOKEN_MISSING'),
      });
    }
    expect((await service.graphql('{ __schema { queryType { name } } }', undefined, { authorization: 'Bearer not-a-token' })).errors).toEqual(
      unauthenticated('TOKEN_INVALID'),
    );
    const viaExpress = await fetch(`${service.url}/graphql?query=${encodeURIComponent('{ __schema { queryType { name } } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(viaExpress.status).toBe(200);
    expect(await viaExpress.json()).toEqual({ errors: unauthenticated('TOKEN_MISSING') });
    // `__typename` alone is no introspection (the gateway's readiness ping).
    expect((await service.graphql('{ __typename }', undefined, {})).data).toEqual({ __typename: 'Query' });
  });

  it('still answers the federation `_service { sdl }` query and introspection with a token', async () => {
    const { _service } = await service.data<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(_service.sdl).toContain('type Family');
    const { __schema } = await service.data<{ __schema: { types: { name: string }[] } }>('{ __schema { types { name fields { name type { ofType { ofType { name } } } } } } }');
    expect(__schema.types.map((type) => type.name)).toContain('Insuree');
  });
});
