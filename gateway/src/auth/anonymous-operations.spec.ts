import { isAnonymousOperation } from './anonymous-operations';

describe('isAnonymousOperation', () => {
  it("allows identity's public operations and __typename", () => {
    expect(isAnonymousOperation('mutation { login(username: "a", password: "b") { accessToken } }')).toBe(true);
    expect(isAnonymousOperation('mutation { refreshToken(token: "r") { accessToken } }')).toBe(true);
    expect(isAnonymousOperation('{ passwordPolicy { minLength } __typename }')).toBe(true);
    expect(isAnonymousOperation('{ __typename }')).toBe(true);
  });

  it('refuses any other root field, introspection included', () => {
    expect(isAnonymousOperation('{ locations { totalCount } }')).toBe(false);
    expect(isAnonymousOperation('mutation { login(username: "a") { id } createLocation(input: {}) { errors { code } } }')).toBe(false);
    expect(isAnonymousOperation('{ __schema { types { name } } }')).toBe(false);
    expect(isAnonymousOperation('{ __type(name: "Query") { name } }')).toBe(false);
  });

  it('looks through fragments at the root', () => {
    expect(isAnonymousOperation('mutation { ... on Mutation { login(username: "a") { id } } }')).toBe(true);
    expect(isAnonymousOperation('mutation { ...SignIn } fragment SignIn on Mutation { login(username: "a") { id } }')).toBe(true);
    expect(isAnonymousOperation('{ ...Root } fragment Root on Query { locations { totalCount } }')).toBe(false);
    expect(isAnonymousOperation('{ ...Missing }')).toBe(false);
    expect(isAnonymousOperation('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }')).toBe(false);
  });

  it('judges the operation that would run', () => {
    const document = 'query Read { locations { totalCount } } mutation SignIn { login(username: "a") { id } }';
    expect(isAnonymousOperation(document, 'SignIn')).toBe(true);
    expect(isAnonymousOperation(document, 'Read')).toBe(false);
    expect(isAnonymousOperation(document)).toBe(false);
    expect(isAnonymousOperation(document, 'Other')).toBe(false);
  });

  it('refuses what it cannot read', () => {
    expect(isAnonymousOperation(undefined)).toBe(false);
    expect(isAnonymousOperation('')).toBe(false);
    expect(isAnonymousOperation('mutation { login(')).toBe(false);
  });
});
