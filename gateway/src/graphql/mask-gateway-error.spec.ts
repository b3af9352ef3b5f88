import { GraphQLError } from 'graphql';
import { GENERIC_MESSAGE, maskGatewayError, UNAVAILABLE_MESSAGE } from './mask-gateway-error';

describe('maskGatewayError', () => {
  it('keeps the message, code and field of a client-facing error and drops internal extensions', () => {
    const error = new GraphQLError('Not allowed', {
      path: ['locations'],
      extensions: { code: 'FORBIDDEN', field: 'districtId', stacktrace: ['at x'], serviceName: 'location' },
    });
    const masked = maskGatewayError(error) as GraphQLError;
    expect(masked.message).toBe('Not allowed');
    expect(masked.path).toEqual(['locations']);
    expect(masked.extensions).toEqual({ code: 'FORBIDDEN', field: 'districtId' });
  });

  it('keeps the reason of UNAUTHENTICATED and the required rights of FORBIDDEN (from @imis/auth)', () => {
    const unauthenticated = new GraphQLError('The access token has expired', {
      extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED', serviceName: 'location' },
    });
    expect((maskGatewayError(unauthenticated) as GraphQLError).extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
    const forbidden = new GraphQLError('This operation needs one of the rights 1001', {
      extensions: { code: 'FORBIDDEN', requiredRights: [1001] },
    });
    expect(maskGatewayError(forbidden)).toBe(forbidden);
  });

  it('returns an already clean error itself (so the runtime does not log it as masked)', () => {
    const error = new GraphQLError('Invalid code', { extensions: { code: 'BAD_USER_INPUT', field: 'code' } });
    expect(maskGatewayError(error)).toBe(error);
  });

  it('replaces an internal error message by a generic one', () => {
    const error = new GraphQLError('password authentication failed for user "postgres"', {
      path: ['locations'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: at /srv/app.js'] },
    });
    const masked = maskGatewayError(error) as GraphQLError;
    expect(masked.message).toBe(GENERIC_MESSAGE);
    expect(masked.path).toEqual(['locations']);
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('masks plain errors and GraphQL errors wrapping them (e.g. an unreachable subgraph)', () => {
    const wrapped = new GraphQLError('connect ECONNREFUSED 10.0.0.7:4001', { originalError: new Error('ECONNREFUSED') });
    for (const error of [new Error('boom'), wrapped, 'a string']) {
      const masked = maskGatewayError(error) as GraphQLError;
      expect(masked.message).toBe(GENERIC_MESSAGE);
      expect(masked.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    }
  });

  it('keeps request errors of the runtime, which carry only an HTTP status', () => {
    const error = new GraphQLError('Must provide query string.', { extensions: { http: { status: 400 } } });
    const masked = maskGatewayError(error) as GraphQLError;
    expect(masked.message).toBe('Must provide query string.');
    expect(masked.extensions).toEqual({ code: 'BAD_REQUEST', http: { status: 400 } });
  });

  it('drops the runtime\'s `spec` mark of a request error (invalid JSON, no query), so that it is answered HTTP 400', () => {
    const error = new GraphQLError('POST body sent invalid JSON.', {
      extensions: { code: 'BAD_REQUEST', http: { spec: true, status: 400 }, originalError: { name: 'SyntaxError', message: 'Unexpected end' } },
    });
    expect((maskGatewayError(error) as GraphQLError).extensions).toEqual({ code: 'BAD_REQUEST', http: { status: 400 } });
    const noQuery = new GraphQLError('Must provide query string.', { extensions: { code: 'BAD_REQUEST', http: { spec: true, status: 400, headers: { Allow: 'GET, POST' } } } });
    expect((maskGatewayError(noQuery) as GraphQLError).extensions).toEqual({ code: 'BAD_REQUEST', http: { status: 400, headers: { Allow: 'GET, POST' } } });
    const parse = new GraphQLError('Syntax Error: Expected Name', { extensions: { code: 'GRAPHQL_PARSE_FAILED', http: { spec: true, status: 400 } } });
    expect(maskGatewayError(parse)).toBe(parse);
  });

  it('reports a variable the planner cannot coerce as BAD_REQUEST, and a pathless internal error stays masked', () => {
    const coercion = new GraphQLError('Variable "$input" got invalid value "PLANET" at "input.type"; Value "PLANET" does not exist in "LocationType" enum.', {
      originalError: new GraphQLError('Value "PLANET" does not exist in "LocationType" enum.'),
    });
    expect((maskGatewayError(coercion) as GraphQLError).extensions).toEqual({ code: 'BAD_REQUEST' });
    const resolverFailure = new GraphQLError('relation "x" does not exist', { path: ['locations'] });
    expect((maskGatewayError(resolverFailure) as GraphQLError).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('turns an unreachable or slow subgraph into SERVICE_UNAVAILABLE without its address', () => {
    for (const code of ['SUBREQUEST_HTTP_ERROR', 'GATEWAY_TIMEOUT']) {
      const error = new GraphQLError('connect ECONNREFUSED 10.0.0.7:4001', { path: ['locations'], extensions: { code } });
      const masked = maskGatewayError(error) as GraphQLError;
      expect(masked.message).toBe(UNAVAILABLE_MESSAGE);
      expect(masked.path).toEqual(['locations']);
      expect(masked.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    }
  });
});
