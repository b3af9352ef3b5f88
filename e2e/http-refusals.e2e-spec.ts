import { Deployment } from './support/deployment';

/**
 * What the gateway and every deployed subgraph (real processes) answer to a request GraphQL never sees:
 * a body that is not JSON is HTTP 415 UNSUPPORTED_MEDIA_TYPE, malformed JSON HTTP 400 BAD_REQUEST, each with
 * a GraphQL-shaped JSON body (docs/api.md, "Errors") and a correlation id for support.
 */
jest.setTimeout(180_000);

const ADMIN = { username: 'e2e-refusals-admin', password: 'Refu5als-e2e-Pa55word' };
const QUERY = JSON.stringify({ query: '{ __typename }' });
const UNSUPPORTED_TYPES = ['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded'];

const deployment = new Deployment();

beforeAll(async () => {
  await deployment.start(ADMIN);
});

afterAll(async () => {
  await deployment.stop();
});

function endpoints(): [string, string][] {
  return [['gateway', deployment.gatewayUrl], ...deployment.subgraphs.map(({ definition, url }): [string, string] => [definition.name, url])];
}

/** `<name> <status> <content-type> <codes> <correlated>` of one POST, for a readable comparison of every answer at once. */
async function answer(name: string, url: string, contentType: string, body: string, headers: Record<string, string> = {}, chunked = false): Promise<string> {
  const sent = chunked ? { body: new Blob([body]).stream(), duplex: 'half' } : { body };
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, ...headers }, ...sent } as RequestInit);
  const text = await response.text();
  let codes: string;
  try {
    codes = (JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] }).errors?.map((error) => `${error.extensions?.code}${error.message ? '' : ' (no message)'}`).join(',') ?? 'no errors';
  } catch {
    codes = `not JSON: ${JSON.stringify(text.slice(0, 40))}`;
  }
  const correlated = /^[\w-]{8,}$/.test(response.headers.get('x-correlation-id') ?? '') ? 'correlated' : 'no correlation id';
  return `${name} ${response.status} ${response.headers.get('content-type')} ${codes} ${correlated}`;
}

describe('HTTP refusals at the gateway and at every subgraph', () => {
  it('answers a POST that is not JSON with 415 UNSUPPORTED_MEDIA_TYPE in a GraphQL-shaped JSON body', async () => {
    for (const contentType of UNSUPPORTED_TYPES) {
      const answers = await Promise.all(endpoints().map(([name, url]) => answer(name, url, contentType, QUERY)));
      expect(answers).toEqual(endpoints().map(([name]) => `${name} 415 application/json; charset=utf-8 UNSUPPORTED_MEDIA_TYPE correlated`));
    }
  });

  it('answers a subgraph JSON body in a charset it does not read with 415 too', async () => {
    const subgraphs = deployment.subgraphs.map(({ definition, url }) => [definition.name, url] as const);
    const answers = await Promise.all(subgraphs.map(([name, url]) => answer(name, url, 'application/json; charset=latin1', QUERY)));
    expect(answers).toEqual(subgraphs.map(([name]) => `${name} 415 application/json; charset=utf-8 UNSUPPORTED_MEDIA_TYPE correlated`));
  });

  it('answers malformed JSON with 400 BAD_REQUEST, with a Content-Length (read in one piece) and chunked (the body parsers)', async () => {
    for (const chunked of [false, true]) {
      const answers = await Promise.all(endpoints().map(([name, url]) => answer(name, url, 'application/json', '{"query":', {}, chunked)));
      expect(answers).toEqual(endpoints().map(([name]) => `${name} 400 application/json; charset=utf-8 BAD_REQUEST correlated`));
    }
  });

  it('answers a request without a query with 400 BAD_REQUEST at the gateway', async () => {
    expect(await answer('gateway', deployment.gatewayUrl, 'application/json', '{}', { accept: 'application/json' })).toBe('gateway 400 application/json; charset=utf-8 BAD_REQUEST correlated');
  });

  it('leaves every process alive', async () => {
    expect(await deployment.liveness()).toEqual(Object.fromEntries(endpoints().map(([name]) => [name, 200])));
  });
});
