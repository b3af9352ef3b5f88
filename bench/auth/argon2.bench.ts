import { argon2id, hash, verify } from 'argon2';
import { distribution, type Distribution } from './percentiles';

/** argon2id verification alone, with identity's cost settings (the floor of a login's latency). */
export async function measureArgon2(count: number): Promise<Distribution> {
  const memoryCost = Number(process.env.ARGON2_MEMORY_KIB ?? 19456);
  const timeCost = Number(process.env.ARGON2_TIME_COST ?? 2);
  const parallelism = Number(process.env.ARGON2_PARALLELISM ?? 1);
  const digest = await hash('Kilimanjaro-Summit-5895', { type: argon2id, memoryCost, timeCost, parallelism });
  const ms: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = process.hrtime.bigint();
    await verify(digest, 'Kilimanjaro-Summit-5895');
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return distribution(ms);
}

export function describeArgon2(cost: Distribution): string {
  return `argon2id verify alone (in the bench process): ${cost.count} verifications, p50 ${cost.p50.toFixed(1)} ms, p95 ${cost.p95.toFixed(1)} ms`;
}
