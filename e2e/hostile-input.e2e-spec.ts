import { readFileSync } from 'fs';
import { join } from 'path';
import { buildClientSchema, buildSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { REPO_ROOT } from '@imis/deployment';
import { hostileCases } from './support/hostile-case-generator';
import { Deployment } from './support/deployment';
import { queryShapes } from './support/hostile-query-shapes';
import { type HostileOutcome, sendAll } from './support/hostile-runner';
import { postGraphQL } from './support/graphql-client';

/**
 * Every deployed subgraph and the gateway as real processes; the cases are generated from the composed
 * schema (gateway/supergraph.graphql, the same as the gateway's introspection) and from each subgraph's
 * introspected schema, so a new service is covered without new code: NUL, lone surrogates, 1 MB strings and invalid ids at every argument path leading to
 * a String or ID, and over-deep and over-wide queries. Each is refused with a specific code, never
 * INTERNAL_SERVER_ERROR; every process stays alive and no service writes anything.
 */
jest.setTimeout(240_000);

const ADMIN = { username: 'e2e-hostile-admin', password: 'H0stile-e2e-Pa55word' };
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken errors { code } } }`;
/** Levels of the deep queries: just over the limit of 10, and far over it. */
const DEPTHS = [12, 60];
const ALIASES = 100;
/**
 * A subgraph whose JSON body limit is under 1 MB (location, identity: express's 100 kB) refuses the request
 * with HTTP 413 before the sanitation plugin; the gateway passes that on as PAYLOAD_TOO_LARGE. A subgraph
 * with a larger limit (insuree) answers BAD_USER_INPUT. Either is a specific refusal; anything else fails.
 */
const OVER_BODY_LIMIT = 'PAYLOAD_TOO_LARGE';

/** The composed schema the gateway serves (checked against its introspection below), read now so the test names carry the counts. */
const supergraph = buildSchema(readFileSync(join(REPO_ROOT, 'gateway/supergraph.graphql'), 'utf8'), { assumeValidSDL: true });
const cases = hostileCases(supergraph);
const textCases = cases.filter((hostile) => !hostile.oversized);
const oversizedCases = cases.filter((hostile) => hostile.oversized);
const gatewayShapes = queryShapes(supergraph, DEPTHS, ALIASES);

const deployment = new Deployment();
let token = '';
let served: GraphQLSchema;
const subgraphSchemas = new Map<string, GraphQLSchema>();

async function introspect(url: string): Promise<GraphQLSchema> {
  const { body } = await postGraphQL<IntrospectionQuery>(url, getIntrospectionQuery(), {}, { authorization: `Bearer ${token}` });
  if (!body.data) throw new Error(`introspection of ${url} failed: ${JSON.stringify(body.errors)}`);
  return buildClientSchema(body.data);
}

/** The outcomes that do not carry `expected` among their top-level codes, or that carry INTERNAL_SERVER_ERROR. */
function unexpected(outcomes: readonly HostileOutcome[], expected: (outcome: HostileOutcome) => boolean): string[] {
  return outcomes.filter((outcome) => outcome.codes.includes('INTERNAL_SERVER_ERROR') || !expected(outcome)).map((outcome) => `${outcome.name} → ${outcome.status} ${outcome.codes.join(',')}`);
}

beforeAll(async () => {
  await deployment.start(ADMIN);
  const login = await postGraphQL<{ login: { accessToken: string; errors: unknown[] } }>(deployment.gatewayUrl, LOGIN, { input: ADMIN });
  expect(login.body.data?.login.errors).toEqual([]);
  token = login.body.data!.login.accessToken;
  served = await introspect(deployment.gatewayUrl);
  for (const subgraph of deployment.subgraphs) subgraphSchemas.set(subgraph.definition.name, await introspect(subgraph.url));
});

afterAll(async () => {
  await deployment.stop();
});

describe('hostile input through the gateway', () => {
  let outboxBefore: Record<string, number>;
  beforeAll(async () => {
    outboxBefore = await deployment.outboxCounts();
  });

  it('generates the cases from the schema the gateway serves', () => {
    const names = (schema: GraphQLSchema) => hostileCases(schema).map((hostile) => hostile.name).sort();
    expect(names(served)).toEqual(names(supergraph));
  });

  it(`refuses NUL, lone surrogates and invalid ids at every String/ID argument path with BAD_USER_INPUT (${textCases.length} generated cases)`, async () => {
    const outcomes = await sendAll(deployment.gatewayUrl, textCases, token);
    expect(textCases.length).toBeGreaterThan(0);
    expect(unexpected(outcomes, (outcome) => outcome.codes.includes('BAD_USER_INPUT'))).toEqual([]);
    const named = outcomes.map(({ name, argument, reason }) => `${name} → ${argument} ${reason}`);
    expect(named).toEqual(textCases.map(({ name, argument, reason }) => `${name} → ${argument} ${reason}`));
  });

  it(`refuses a 1 MB string in every root field that takes text (${oversizedCases.length} generated cases)`, async () => {
    const outcomes = await sendAll(deployment.gatewayUrl, oversizedCases, token, 2);
    const byCode = outcomes.reduce<Record<string, number>>((counts, { codes }) => ({ ...counts, [codes.join(',')]: (counts[codes.join(',')] ?? 0) + 1 }), {});
    process.stdout.write(`hostile input: the ${oversizedCases.length} 1 MB cases were answered ${JSON.stringify(byCode)}\n`);
    expect(oversizedCases.length).toBeGreaterThan(0);
    expect(unexpected(outcomes, (outcome) => outcome.codes.includes('BAD_USER_INPUT') || outcome.codes.includes(OVER_BODY_LIMIT))).toEqual([]);
    const refused = outcomes.flatMap((outcome, index) => (outcome.codes.includes('BAD_USER_INPUT') ? [[outcome, oversizedCases[index]] as const] : []));
    expect(refused.map(([{ name, argument, reason }]) => `${name} → ${argument} ${reason}`)).toEqual(refused.map(([, { name, argument, reason }]) => `${name} → ${argument} ${reason}`));
  });

  it(`refuses queries over the depth and alias limits at the gateway (${gatewayShapes.length} generated queries)`, async () => {
    const outcomes = await sendAll(deployment.gatewayUrl, gatewayShapes, token);
    expect(gatewayShapes.length).toBeGreaterThan(0);
    expect(unexpected(outcomes, limitRefusal)).toEqual([]);
  });

  it('leaves every process alive and every outbox as it was', async () => {
    expect(await deployment.liveness()).toEqual(Object.fromEntries(['gateway', ...deployment.subgraphs.map(({ definition }) => definition.name)].map((name) => [name, 200])));
    expect(await deployment.outboxCounts()).toEqual(outboxBefore);
  });
});

function limitRefusal(outcome: HostileOutcome): boolean {
  return outcome.codes.some((code) => code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED') && outcome.limits.some((limit) => limit !== undefined);
}

describe('over-deep and over-wide queries at each subgraph', () => {
  it('refuses them in every subgraph, generated from its own schema', async () => {
    const outcomes: HostileOutcome[] = [];
    for (const subgraph of deployment.subgraphs) {
      const shapes = queryShapes(subgraphSchemas.get(subgraph.definition.name)!, DEPTHS, ALIASES).map((shape) => ({ ...shape, name: `${subgraph.definition.name} ${shape.name}` }));
      process.stdout.write(`hostile input: ${shapes.length} generated deep/wide queries at ${subgraph.definition.name}\n`);
      expect(shapes.length).toBeGreaterThan(0);
      outcomes.push(...(await sendAll(subgraph.url, shapes, token)));
    }
    expect(unexpected(outcomes, limitRefusal)).toEqual([]);
    expect(await deployment.liveness()).toEqual(Object.fromEntries(['gateway', ...deployment.subgraphs.map(({ definition }) => definition.name)].map((name) => [name, 200])));
  });
});
