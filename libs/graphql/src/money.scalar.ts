import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isMoney, normalizeMoney } from '@imis/kernel';

function parse(value: unknown): string {
  if (typeof value === 'string' && isMoney(value)) return normalizeMoney(value);
  throw new GraphQLError('Money must be a decimal string with at most 13 integer and 2 fraction digits, e.g. "1250.50"', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** An exact amount of money, written as a decimal string ("1250.50"); never a float. */
export const MoneyScalar = new GraphQLScalarType<string, string>({
  name: 'Money',
  description: 'An exact amount of money as a decimal string with at most two fraction digits, e.g. "1250.50".',
  serialize: (value) => parse(typeof value === 'number' ? String(value) : value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
