import { GraphQLError } from 'graphql';
import { outcomeOf } from './operation-metrics.plugin';

describe('operation outcome', () => {
  it('is ok without errors', () => {
    expect(outcomeOf({ data: { me: null } })).toBe('ok');
    expect(outcomeOf({ data: {}, errors: [] })).toBe('ok');
  });

  it('is the documented code of the first error', () => {
    const error = (code: string) => new GraphQLError('refused', { extensions: { code } });
    expect(outcomeOf({ errors: [error('FORBIDDEN'), error('INTERNAL_SERVER_ERROR')] })).toBe('FORBIDDEN');
    expect(outcomeOf({ data: { a: null }, errors: [error('SERVICE_UNAVAILABLE')] })).toBe('SERVICE_UNAVAILABLE');
  });

  it('counts any other code, or none, as OTHER_ERROR, so that the label stays bounded', () => {
    expect(outcomeOf({ errors: [new GraphQLError('x', { extensions: { code: 'SOMETHING_A_SERVICE_MADE_UP' } })] })).toBe('OTHER_ERROR');
    expect(outcomeOf({ errors: [new GraphQLError('x')] })).toBe('OTHER_ERROR');
  });
});
