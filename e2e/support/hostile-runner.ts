import { postGraphQL } from './graphql-client';

/** What came back for one hostile request: the codes of its top-level errors (and `extensions.limit`). */
export interface HostileOutcome {
  name: string;
  status: number;
  codes: string[];
  limits: unknown[];
  /** `extensions.argument` and `extensions.reason` of the first BAD_USER_INPUT error. */
  argument?: string;
  reason?: string;
}

interface Request {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Sends the requests `concurrency` at a time; a transport failure is an outcome (code `NO_RESPONSE`), not a throw. */
export async function sendAll(url: string, requests: readonly Request[], token: string, concurrency = 4): Promise<HostileOutcome[]> {
  const outcomes: HostileOutcome[] = new Array(requests.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < requests.length; index = next++) {
      const { name, query, variables } = requests[index];
      try {
        const { status, body } = await postGraphQL(url, query, variables, { authorization: `Bearer ${token}` });
        const errors = (body.errors ?? []) as { extensions?: { code?: string; limit?: unknown; argument?: string; reason?: string } }[];
        const refusal = errors.find((error) => error.extensions?.code === 'BAD_USER_INPUT')?.extensions;
        outcomes[index] = {
          name,
          status,
          codes: errors.map((error) => error.extensions?.code ?? 'NO_CODE'),
          limits: errors.map((error) => error.extensions?.limit),
          argument: refusal?.argument,
          reason: refusal?.reason,
        };
      } catch (error) {
        outcomes[index] = { name, status: 0, codes: ['NO_RESPONSE'], limits: [String(error)] };
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}
