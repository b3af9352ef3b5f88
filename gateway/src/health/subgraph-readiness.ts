/**
 * Resolves when the subgraph answers a trivial GraphQL query within the timeout; otherwise throws a
 * message naming what went wrong (shown by /health/ready, never to GraphQL clients).
 */
export async function pingSubgraph(url: string, timeoutMs: number): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: '{"query":"{ __typename }"}',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new Error(`${url} did not answer (${cause ?? (error as Error).name})`);
  }
  const body = (await response.json().catch(() => undefined)) as { data?: { __typename?: string } } | undefined;
  if (!response.ok || body?.data?.__typename !== 'Query') {
    throw new Error(`${url} answered HTTP ${response.status} without a GraphQL result`);
  }
}
