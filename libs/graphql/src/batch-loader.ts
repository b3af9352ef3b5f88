import type { GraphQLContext } from './graphql-context';

/**
 * Collects the keys asked for while GraphQL resolves one level of a result, then loads them with one
 * query (the DataLoader pattern): resolving `parent` on 100 locations is one query, not 100. Results are
 * cached for the request.
 */
export class BatchLoader<K, V> {
  private readonly cache = new Map<K, Promise<V>>();
  private queue: { key: K; resolve: (value: V) => void; reject: (error: unknown) => void }[] = [];

  constructor(
    private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>,
    private readonly missing: V,
  ) {}

  load(key: K): Promise<V> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V>((resolve, reject) => {
      this.queue.push({ key, resolve, reject });
      // After the promises of the current level settle, like DataLoader: every sibling field has enqueued by then.
      if (this.queue.length === 1) void Promise.resolve().then(() => process.nextTick(() => void this.dispatch()));
    });
    this.cache.set(key, promise);
    return promise;
  }

  private async dispatch(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    try {
      const values = await this.loadMany(batch.map((entry) => entry.key));
      for (const entry of batch) entry.resolve(values.get(entry.key) ?? this.missing);
    } catch (error) {
      for (const entry of batch) {
        this.cache.delete(entry.key);
        entry.reject(error);
      }
    }
  }
}

/** The loader stored under `key` in this request's context, created on first use. */
export function perRequest<T>(context: GraphQLContext, key: symbol, create: () => T): T {
  if (!(key in context)) context[key] = create();
  return context[key] as T;
}
