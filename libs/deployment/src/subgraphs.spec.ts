import { deployedSubgraphs, SUBGRAPHS, subgraphUrl } from './subgraphs';

describe('deployed subgraphs', () => {
  it('deploys every subgraph by default', () => {
    expect(deployedSubgraphs({}).map((subgraph) => subgraph.name)).toEqual(SUBGRAPHS.map((subgraph) => subgraph.name));
  });

  it('deploys the ones named in IMIS_SERVICES', () => {
    expect(deployedSubgraphs({ IMIS_SERVICES: ' location , ' }).map((subgraph) => subgraph.name)).toEqual(['location']);
  });

  it('refuses an unknown service name', () => {
    expect(() => deployedSubgraphs({ IMIS_SERVICES: 'location,claims' })).toThrow('unknown service(s): claims');
  });

  it('takes the URL from the env override, else the default', () => {
    const location = SUBGRAPHS[0]!;
    expect(subgraphUrl(location, {})).toBe('http://127.0.0.1:4001/graphql');
    expect(subgraphUrl(location, { LOCATION_URL: 'http://location:8080/graphql' })).toBe('http://location:8080/graphql');
  });
});
