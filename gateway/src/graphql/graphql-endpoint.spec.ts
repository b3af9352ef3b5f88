import { hasSmallJsonBody, isGraphqlPath, MAX_BODY_BYTES, parsedBody } from './graphql-endpoint';

const post = (headers: Record<string, string>) => ({ method: 'POST', headers });

describe('GraphQL endpoint body reading', () => {
  it('reads a JSON POST with a Content-Length within the limit itself', () => {
    expect(hasSmallJsonBody(post({ 'content-type': 'application/json', 'content-length': '42' }))).toBe(true);
    expect(hasSmallJsonBody(post({ 'content-type': 'application/json; charset=utf-8', 'content-length': String(MAX_BODY_BYTES) }))).toBe(true);
  });

  it('leaves everything else to the runtime', () => {
    expect(hasSmallJsonBody({ method: 'GET', headers: {} })).toBe(false);
    expect(hasSmallJsonBody(post({ 'content-type': 'application/json' }))).toBe(false);
    expect(hasSmallJsonBody(post({ 'content-type': 'application/json', 'content-length': '0' }))).toBe(false);
    expect(hasSmallJsonBody(post({ 'content-type': 'application/json', 'content-length': String(MAX_BODY_BYTES + 1) }))).toBe(false);
    expect(hasSmallJsonBody(post({ 'content-type': 'application/json', 'content-length': '1, 2' }))).toBe(false);
    expect(hasSmallJsonBody(post({ 'content-type': 'application/graphql', 'content-length': '42' }))).toBe(false);
    expect(hasSmallJsonBody(post({ 'content-type': 'application/jsonx', 'content-length': '42' }))).toBe(false);
    expect(hasSmallJsonBody(post({ 'content-length': '42' }))).toBe(false);
  });

  it('hands the runtime a parsed object, or the text it cannot take as one', () => {
    expect(parsedBody(Buffer.from('{"query":"{ __typename }"}'))).toEqual({ query: '{ __typename }' });
    for (const text of ['{"query":', '{}', '[{"query":"{ a }"}]', 'null', '"text"', '12']) {
      expect(parsedBody(Buffer.from(text))).toBe(text);
    }
  });
});

describe('isGraphqlPath', () => {
  it('is the GraphQL path, with or without a query string, and nothing else', () => {
    expect(isGraphqlPath('/graphql')).toBe(true);
    expect(isGraphqlPath('/graphql?query=%7B__typename%7D')).toBe(true);
    for (const url of ['/graphqlx', '/graphql/other', '/health/ready', '/', undefined]) expect(isGraphqlPath(url)).toBe(false);
  });
});
