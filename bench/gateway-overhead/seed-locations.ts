/**
 * Makes sure the benchmark query has `count` locations to return, creating regions through the
 * gateway (as the bench's signed-in administrator) when there are fewer.
 */
export async function seedLocations(gatewayUrl: string, count: number, headers: Record<string, string>): Promise<void> {
  const existing = await graphql<{ locations: { totalCount: number } }>(gatewayUrl, headers, '{ locations(first: 1) { totalCount } }');
  for (let index = existing.locations.totalCount; index < count; index += 1) {
    await graphql(
      gatewayUrl,
      headers,
      'mutation Seed($input: CreateLocationInput!) { createLocation(input: $input) { errors { code message } } }',
      { input: { code: `BR${String(index).padStart(3, '0')}`, name: `Bench region ${index}`, type: 'REGION' } },
    );
  }
}

async function graphql<T>(url: string, headers: Record<string, string>, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`Seeding failed: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}
