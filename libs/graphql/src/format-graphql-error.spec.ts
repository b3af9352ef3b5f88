import { BadRequestException, ForbiddenException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { InvalidCommandInput } from '@imis/application';
import { formatGraphQLError } from './format-graphql-error';

describe('formatGraphQLError', () => {
  it('keeps caller-facing errors and drops stack traces', () => {
    const formatted = formatGraphQLError(
      { message: 'Variable "$input" got invalid value', extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at x'] } },
      new GraphQLError('x'),
    );
    expect(formatted).toEqual({ message: 'Variable "$input" got invalid value', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('hides internal errors behind a generic message', () => {
    const formatted = formatGraphQLError(
      { message: 'relation "location" does not exist', path: ['locations'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at y'] } },
      new Error('relation "location" does not exist'),
    );
    expect(formatted).toEqual({ message: 'Internal server error', path: ['locations'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('maps Nest HTTP exceptions to GraphQL codes', () => {
    const forbidden = new GraphQLError('Forbidden resource', { originalError: new ForbiddenException() });
    expect(formatGraphQLError({ message: 'Forbidden resource', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, forbidden).extensions?.code).toBe('FORBIDDEN');
    const badRequest = new GraphQLError('Bad', { originalError: new BadRequestException('Bad') });
    expect(formatGraphQLError({ message: 'Bad', extensions: {} }, badRequest).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a malformed command request as BAD_USER_INPUT with its message and field', () => {
    const malformed = new InvalidCommandInput('parentId is not a location id', 'parentId');
    const error = new GraphQLError(malformed.message, { originalError: malformed, path: ['updateLocation'] });
    expect(formatGraphQLError({ message: malformed.message, path: ['updateLocation'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at z'] } }, error)).toEqual({
      message: 'parentId is not a location id',
      path: ['updateLocation'],
      extensions: { code: 'BAD_USER_INPUT', field: 'parentId' },
    });
    const tooLong = new InvalidCommandInput('clientMutationId is longer than 128 characters');
    const formatted = formatGraphQLError({ message: tooLong.message, extensions: {} }, new GraphQLError(tooLong.message, { originalError: tooLong }));
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});
