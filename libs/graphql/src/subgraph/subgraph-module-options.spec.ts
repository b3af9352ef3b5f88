import { subgraphModuleOptions } from './subgraph-module-options';

describe('subgraphModuleOptions', () => {
  it('guards field resolvers too, so federation references need a token', () => {
    expect(subgraphModuleOptions().fieldResolverEnhancers).toEqual(['guards']);
  });

  it('adds the Date scalar only when the schema uses dates', () => {
    expect(Object.keys(subgraphModuleOptions().resolvers as object)).toEqual([]);
    expect(Object.keys(subgraphModuleOptions({ dates: true }).resolvers as object)).toEqual(['Date']);
  });

  it('serves /graphql without playground or stack traces', () => {
    expect(subgraphModuleOptions()).toMatchObject({ path: '/graphql', playground: false, includeStacktraceInErrorResponses: false });
  });
});
