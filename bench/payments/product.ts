import { Client } from 'pg';
import { BENCH_PRODUCT, BENCH_VALUE } from './seed';

/**
 * The national product BENCHPAY, created through the policy subgraph (the service's own validation) on the
 * first run and reused afterwards; its id.
 */
export async function ensureBenchProduct(policyDatabaseUrl: string, subgraphUrl: string, headers: Record<string, string>): Promise<string> {
  const sql = new Client({ connectionString: policyDatabaseUrl });
  await sql.connect();
  try {
    const { rows } = await sql.query<{ id: string }>(`select id from product where code = $1 and deleted_at is null`, [BENCH_PRODUCT]);
    if (rows[0]) return rows[0].id;
  } finally {
    await sql.end();
  }
  const input = {
    code: BENCH_PRODUCT,
    name: 'Bench payments product',
    dateFrom: '2020-01-01',
    dateTo: '2099-12-31',
    insurancePeriod: 12,
    memberCount: 6,
    threshold: 4,
    lumpSum: BENCH_VALUE,
    ceilingType: 'P',
  };
  const response = await fetch(subgraphUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: 'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } errors { code field } } }', variables: { input } }),
  });
  const body = (await response.json()) as { data?: { createProduct: { product: { id: string } | null } } };
  const id = body.data?.createProduct.product?.id;
  if (!id) throw new Error(`createProduct failed: ${JSON.stringify(body)}`);
  return id;
}
