import { deployedSubgraphs, SUBGRAPHS, subgraphPort, subgraphUrl } from './subgraphs';

describe('deployed subgraphs', () => {
  it('finds the services of the repository, in port order', () => {
    expect(SUBGRAPHS.slice(0, 3).map((subgraph) => [subgraph.name, subgraph.port])).toEqual([
      ['location', 4001],
      ['identity', 4002],
      ['insuree', 4003],
    ]);
  });

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

  it('takes the port from the env override, else its own, and refuses one that is not a port', () => {
    const location = SUBGRAPHS[0]!;
    expect(subgraphPort(location, {})).toBe(4001);
    expect(subgraphPort(location, { LOCATION_PORT: '5001' })).toBe(5001);
    expect(() => subgraphPort(location, { LOCATION_PORT: 'x' })).toThrow('LOCATION_PORT="x" is not a port');
  });
});
