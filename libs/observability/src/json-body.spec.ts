import { hasSmallJsonBody, isPath } from './json-body';

const post = (headers: Record<string, string>) => ({ method: 'POST', headers });

describe('hasSmallJsonBody', () => {
  it('accepts a POST of UTF-8 JSON with a Content-Length within the limit', () => {
    expect(hasSmallJsonBody(post({ 'content-type': 'application/json', 'content-length': '42' }), 100)).toBe(true);
    expect(hasSmallJsonBody(post({ 'content-type': 'Application/JSON; charset=UTF-8', 'content-length': '100' }), 100)).toBe(true);
    expect(hasSmallJsonBody(post({ 'content-type': 'application/json', 'content-length': '42', 'content-encoding': 'identity' }), 100)).toBe(true);
  });

  it('refuses other methods, types, charsets and encodings, and missing, empty, odd or larger lengths', () => {
    const json = { 'content-type': 'application/json' };
    expect(hasSmallJsonBody({ method: 'GET', headers: { ...json, 'content-length': '2' } }, 100)).toBe(false);
    expect(hasSmallJsonBody(post(json), 100)).toBe(false);
    expect(hasSmallJsonBody(post({ ...json, 'content-length': '0' }), 100)).toBe(false);
    expect(hasSmallJsonBody(post({ ...json, 'content-length': '101' }), 100)).toBe(false);
    expect(hasSmallJsonBody(post({ ...json, 'content-length': '1, 2' }), 100)).toBe(false);
    expect(hasSmallJsonBody(post({ ...json, 'content-length': '2', 'content-encoding': 'gzip' }), 100)).toBe(false);
    expect(hasSmallJsonBody(post({ 'content-type': 'application/json; charset=latin1', 'content-length': '2' }), 100)).toBe(false);
    expect(hasSmallJsonBody(post({ 'content-type': 'application/jsonx', 'content-length': '2' }), 100)).toBe(false);
    expect(hasSmallJsonBody(post({ 'content-type': 'text/plain', 'content-length': '2' }), 100)).toBe(false);
    expect(hasSmallJsonBody(post({ 'content-length': '2' }), 100)).toBe(false);
  });
});

describe('isPath', () => {
  it('is the path itself, with or without a query string, and nothing else', () => {
    expect(isPath('/graphql', '/graphql')).toBe(true);
    expect(isPath('/graphql?query=%7B__typename%7D', '/graphql')).toBe(true);
    for (const url of ['/graphqlx', '/graphql/other', '/health/ready', '/', undefined]) expect(isPath(url, '/graphql')).toBe(false);
  });
});
