import { parse } from 'graphql';
import { asksForSchema } from './introspection-authentication.plugin';

describe('asksForSchema', () => {
  it('finds __schema, __type and _service, in fragments too', () => {
    expect(asksForSchema(parse('{ __schema { types { name } } }'))).toBe(true);
    expect(asksForSchema(parse('{ __type(name: "Query") { name } }'))).toBe(true);
    expect(asksForSchema(parse('{ _service { sdl } }'))).toBe(true);
    expect(asksForSchema(parse('query { ...Q } fragment Q on Query { __schema { queryType { name } } }'))).toBe(true);
  });

  it('lets __typename and ordinary fields be', () => {
    expect(asksForSchema(parse('{ __typename }'))).toBe(false);
    expect(asksForSchema(parse('{ families { totalCount __typename } }'))).toBe(false);
  });
});
