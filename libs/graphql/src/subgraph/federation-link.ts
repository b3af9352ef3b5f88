/**
 * The Federation 2 spec version our subgraphs link. 2.9 is the newest that the supergraph composition
 * (@theguild/federation-composition) accepts.
 */
export const FEDERATION_SPEC_URL = 'https://specs.apollo.dev/federation/v2.9';

export const FEDERATION_IMPORTS = ['@key', '@shareable', '@external', '@requires', '@provides', '@inaccessible', '@override', '@tag'];

export function federationLinkSdl(): string {
  const imports = FEDERATION_IMPORTS.map((name) => `"${name}"`).join(', ');
  return `extend schema @link(url: "${FEDERATION_SPEC_URL}", import: [${imports}])`;
}
