import { type GraphQLResponse, postGraphQL } from './graphql-client';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A user's GraphQL session through the gateway for a scenario, and its patience: services learn each other's
 * records from events, so a step that needs another service's news is asked again while it is pending.
 */
export class Scenario {
  constructor(
    private readonly url: string,
    public token = '',
    /** What to print when a pending step gives up (e.g. the processes' recent output). */
    private readonly diagnostics: () => string = () => '',
  ) {}

  async call(query: string, variables: Record<string, unknown> = {}, token = this.token): Promise<GraphQLResponse<Data>> {
    return (await postGraphQL<Data>(this.url, query, variables, token ? { authorization: `Bearer ${token}` } : {})).body;
  }

  /** The data of an operation that must not fail with GraphQL errors. */
  async data(query: string, variables: Record<string, unknown> = {}, token = this.token): Promise<Data> {
    const body = await this.call(query, variables, token);
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** Asks `ask` again while `pending` holds, every 100 ms for at most `timeoutMs`. */
  async eventually<T>(what: string, ask: () => Promise<T>, pending: (answer: T) => boolean, timeoutMs = 30_000): Promise<T> {
    for (const deadline = Date.now() + timeoutMs; ; ) {
      const answer = await ask();
      if (!pending(answer)) return answer;
      if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(answer)}\n${this.diagnostics()}`);
      await pause(100);
    }
  }

  /** The payload of mutation `name`, sent again while its first error code matches `pending`. */
  mutate(name: string, query: string, input: Record<string, unknown>, pending?: RegExp, token = this.token): Promise<Data> {
    return this.eventually(
      name,
      async () => (await this.data(query, { input }, token))[name],
      (payload) => pending !== undefined && pending.test(payload.errors?.[0]?.code ?? ''),
    );
  }

  /** The id of what mutation `name` created (in `field` of its payload); fails on a refusal. */
  async created(name: string, query: string, input: Record<string, unknown>, field: string, pending?: RegExp): Promise<string> {
    const payload = await this.mutate(name, query, input, pending);
    if (payload.errors?.length) throw new Error(`${name} refused: ${JSON.stringify(payload.errors)}`);
    return payload[field].id as string;
  }
}
