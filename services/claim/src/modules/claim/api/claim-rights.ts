import type { RightCode } from '@imis/auth';

/** The openIMIS claim rights (111001–111012) the claim subgraph guards its operations with. */
export const ClaimRight = {
  Search: 111001,
  Add: 111002,
  Delete: 111004,
  Load: 111005,
  Submit: 111007,
  Update: 111010,
  Restore: 111012,
} as const satisfies Record<string, RightCode>;
