import { deployedSubgraphs, REPO_ROOT } from '@imis/deployment';
import { exposedSeriesNames, monitoringExpressions, unknownMetrics } from './support/monitoring-files';
import { Deployment } from './support/deployment';
import { postGraphQL } from './support/graphql-client';

/**
 * The alert rules and dashboards of deploy/monitoring name only metrics the platform serves: every service,
 * every worker and the gateway run as real processes (as `npm start` and the compose file run them), and the
 * names are read from their `/metrics`, not from a list kept by hand. A metric renamed in the code, or a typo
 * in a rule, fails here.
 */
jest.setTimeout(240_000);

const ADMIN = { username: 'e2e-monitoring-admin', password: 'M0nitoring-e2e-Pa55word' };
const LOGIN = `mutation SignIn($input: LoginInput!) { login(input: $input) { accessToken errors { code } } }`;

const deployment = new Deployment();
const scraped = new Map<string, string>();

async function scrape(url: string): Promise<string> {
  const response = await fetch(url);
  expect({ url, status: response.status }).toEqual({ url, status: 200 });
  return response.text();
}

beforeAll(async () => {
  const workers = deployedSubgraphs().filter((subgraph) => subgraph.worker).map((subgraph) => subgraph.name);
  await deployment.start(ADMIN, { workers });
  const login = await postGraphQL<{ login: { errors: unknown[] } }>(deployment.gatewayUrl, LOGIN, { input: ADMIN });
  expect(login.body.data?.login.errors).toEqual([]);
  for (const subgraph of deployment.subgraphs) scraped.set(subgraph.definition.name, await scrape(`${subgraph.origin}/metrics`));
  for (const worker of deployment.workers) scraped.set(`${worker.name}-worker`, await scrape(`${worker.origin}/metrics`));
  scraped.set('gateway', await scrape(deployment.gatewayMetricsUrl));
});

afterAll(async () => {
  await deployment.stop();
});

describe('deploy/monitoring against the running platform', () => {
  it('scrapes every service, every worker and the gateway', () => {
    const expected = [...deployment.subgraphs.map(({ definition }) => definition.name), ...deployment.workers.map(({ name }) => `${name}-worker`), 'gateway'];
    expect([...scraped.keys()].sort()).toEqual(expected.sort());
    expect(deployment.workers.map(({ name }) => name)).toContain('claim');
  });

  it('names in its alert rules and dashboards only metrics the processes serve', () => {
    const served = new Set([...scraped.values()].flatMap((text) => [...exposedSeriesNames(text)]));
    const expressions = monitoringExpressions(REPO_ROOT);
    expect(expressions.length).toBeGreaterThan(40);
    expect(unknownMetrics(expressions, served)).toEqual([]);
  });

  it('reports PostgreSQL, NATS and Redis reachable from every service and worker, and every subgraph from the gateway', () => {
    const failing = [...scraped].flatMap(([process, text]) => text.split('\n').filter((line) => line.startsWith('imis_readiness_check_up{') && !line.endsWith(' 1')).map((line) => `${process}: ${line}`));
    expect(failing).toEqual([]);
    for (const subgraph of deployment.subgraphs) {
      expect(scraped.get(subgraph.definition.name)).toMatch(/imis_readiness_check_up\{check="database",service="[^"]+"\} 1/);
      expect(scraped.get(subgraph.definition.name)).toMatch(/imis_readiness_check_up\{check="nats",service="[^"]+"\} 1/);
      expect(scraped.get('gateway')).toContain(`imis_readiness_check_up{check="subgraph:${subgraph.definition.name}",service="gateway"} 1`);
    }
    expect(scraped.get('claim-worker')).toMatch(/imis_readiness_check_up\{check="redis",service="[^"]+"\} 1/);
  });

  it('counts the sign-in as a GraphQL operation of its own at the gateway', () => {
    expect(scraped.get('gateway')).toMatch(/imis_graphql_operation_duration_seconds_count\{[^}]*operation="SignIn",outcome="ok"[^}]*\} 1/);
  });
});
