/** A new service's name in every form its files use. */
export interface ServiceNames {
  /** Folder, package, subgraph and NATS subject name: `claim-review`. */
  name: string;
  /** Class and GraphQL type prefix: `ClaimReview`. */
  Name: string;
  /** Variable and GraphQL field prefix: `claimReview`. */
  nameCamel: string;
  /** Constant and environment-variable prefix, stream name: `CLAIM_REVIEW`. */
  NAME: string;
  /** Database suffix: `claim_review` (database `imis_claim_review`). */
  name_snake: string;
  /** In sentences: `Claim review`. */
  Title: string;
}

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Names taken by something else: the dead-letter stream (DLQ), the gateway and the workspace folders. */
const RESERVED = new Set(['dlq', 'gateway', 'libs', 'services', 'e2e', 'bench', 'deploy', 'docs', 'scripts', 'tools']);
const MAX_LENGTH = 40;

/** The forms of a service name, or why it cannot be one. */
export function serviceNames(name: string): ServiceNames {
  if (!NAME.test(name)) throw new Error(`"${name}" is not a service name: lowercase letters and digits in words joined by "-", starting with a letter (e.g. claim-review)`);
  if (name.length > MAX_LENGTH) throw new Error(`"${name}" is longer than ${MAX_LENGTH} characters`);
  if (RESERVED.has(name)) throw new Error(`"${name}" is reserved`);
  const words = name.split('-');
  const capitalised = words.map((word) => word[0]!.toUpperCase() + word.slice(1));
  return {
    name,
    Name: capitalised.join(''),
    nameCamel: words[0] + capitalised.slice(1).join(''),
    NAME: words.join('_').toUpperCase(),
    name_snake: words.join('_'),
    Title: [capitalised[0], ...words.slice(1)].join(' '),
  };
}
