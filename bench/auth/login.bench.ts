import { distribution, type Distribution } from './percentiles';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken errors { code } } }`;

export interface LoginLatency {
  readonly concurrency: number;
  readonly latencyMs: Distribution;
  readonly perSecond: number;
}

/** One login over HTTP (GraphQL) to the service at `url`, in milliseconds; fails unless it succeeds. */
async function timedLogin(url: string, username: string, password: string): Promise<{ ms: number; accessToken: string }> {
  const start = process.hrtime.bigint();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { input: { username, password } } }),
  });
  const { data, errors } = (await response.json()) as { data?: { login: { accessToken: string | null; errors: unknown[] } }; errors?: unknown[] };
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (errors || !data?.login.accessToken) throw new Error(`login refused: ${JSON.stringify(errors ?? data?.login.errors)}`);
  return { ms, accessToken: data.login.accessToken };
}

/** `count` successful logins by `concurrency` clients, each one after the other. */
export async function measureLogins(
  url: string,
  credentials: { username: string; password: string },
  count: number,
  concurrency: number,
): Promise<LoginLatency> {
  const latencies: number[] = [];
  let started = 0;
  const client = async () => {
    while (started < count) {
      started += 1;
      latencies.push((await timedLogin(url, credentials.username, credentials.password)).ms);
    }
  };
  const start = Date.now();
  await Promise.all(Array.from({ length: concurrency }, client));
  return { concurrency, latencyMs: distribution(latencies), perSecond: count / ((Date.now() - start) / 1000) };
}

export async function accessTokenOf(url: string, credentials: { username: string; password: string }): Promise<string> {
  return (await timedLogin(url, credentials.username, credentials.password)).accessToken;
}

export function describeLogins({ concurrency, latencyMs, perSecond }: LoginLatency): string {
  const ms = (value: number) => value.toFixed(1);
  return (
    `login, concurrency ${concurrency}: ${latencyMs.count} logins, p50 ${ms(latencyMs.p50)} ms, p95 ${ms(latencyMs.p95)} ms, ` +
    `p99 ${ms(latencyMs.p99)} ms (mean ${ms(latencyMs.mean)} ms), ${perSecond.toFixed(1)} logins/s`
  );
}
