import { BatchLoader } from './batch-loader';

describe('BatchLoader', () => {
  it('loads every key asked for in the same turn with one call, and caches them', async () => {
    const calls: string[][] = [];
    const loader = new BatchLoader<string, string | null>(async (keys) => {
      calls.push(keys);
      return new Map(keys.filter((key) => key !== 'missing').map((key) => [key, key.toUpperCase()]));
    }, null);

    const values = await Promise.all(['a', 'b', 'a', 'missing'].map((key) => loader.load(key)));
    expect(values).toEqual(['A', 'B', 'A', null]);
    expect(calls).toEqual([['a', 'b', 'missing']]);

    expect(await loader.load('b')).toBe('B');
    expect(calls).toHaveLength(1);
  });

  it('rejects the whole batch on failure and retries those keys later', async () => {
    let fail = true;
    const loader = new BatchLoader<string, number>(async (keys) => {
      if (fail) throw new Error('database down');
      return new Map(keys.map((key) => [key, key.length]));
    }, 0);
    await expect(Promise.all([loader.load('x'), loader.load('yy')])).rejects.toThrow('database down');
    fail = false;
    expect(await loader.load('yy')).toBe(2);
  });
});
