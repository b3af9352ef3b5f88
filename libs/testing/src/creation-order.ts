import type { GraphQLData, ServiceTestApp } from './service-test-app';

interface ConnectionPage {
  edges: { cursor: string; node: GraphQLData }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every node of a list read page by page through `endCursor`, and how many pages it took. `read` runs the
 * query with `after` (null first) and returns the connection.
 */
export async function readEveryPage(read: (after: string | null) => Promise<ConnectionPage>): Promise<{ nodes: GraphQLData[]; pages: number }> {
  const nodes: GraphQLData[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages++) {
    const page = await read(after);
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return { nodes, pages };
    after = page.pageInfo.endCursor;
  }
}

/**
 * Restamps rows' created_at so that their creation order is `order` (one millisecond apart, from 2020), where a
 * service takes no client-chosen ids: its own ids are time-ordered, so only the stamps can contradict them.
 * An inner array's rows share one millisecond (their order is then their ids').
 */
export async function stampCreationOrder(service: ServiceTestApp, table: string, order: readonly (string | readonly string[])[]): Promise<void> {
  for (const [position, ids] of order.entries()) {
    await service.query(`update "${table}" set created_at = timestamptz '2020-01-01T00:00:00Z' + $1::int * interval '1 millisecond' where id = any($2::uuid[])`, [
      position,
      typeof ids === 'string' ? [ids] : [...ids],
    ]);
  }
}

/**
 * Restamps the rows of `table` matching `where` so that their creation order is the reverse of their ids' order,
 * and returns their ids in that creation order: what a list of them must answer, page after page.
 */
export async function reverseCreationOrder(service: ServiceTestApp, table: string, where = 'deleted_at is null'): Promise<string[]> {
  const rows = await service.query<{ id: string }>(`select id from "${table}" where ${where} order by id desc`);
  const ids = rows.map((row) => row.id);
  await stampCreationOrder(service, table, ids);
  return ids;
}

/** Every id of the connection `list` (unfiltered), read `first` at a time through the service's GraphQL API, and how many pages it took. */
export async function readListIds(service: ServiceTestApp, list: string, first: number): Promise<{ ids: string[]; pages: number }> {
  const query = `query($after: String) { ${list}(first: ${first}, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
  const { nodes, pages } = await readEveryPage(async (after) => (await service.data(query, { after }))[list] as unknown as ConnectionPage);
  return { ids: nodes.map((node) => node.id as string), pages };
}
