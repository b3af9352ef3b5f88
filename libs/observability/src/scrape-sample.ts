/**
 * A sample taken when metrics are scraped (a count in the database, a consumer's state from NATS), kept
 * for `maxAgeMs` so that several scrapers, or several gauges fed by one sample, cost one look-up. Calls
 * made while a look-up runs share it; a failed look-up is not kept.
 */
export function scrapeSample<T>(take: () => Promise<T>, maxAgeMs: number, now: () => number = Date.now): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | undefined;
  return () => {
    const at = now();
    if (last && at - last.at < maxAgeMs) return last.value;
    const value = take();
    const entry = { at, value };
    last = entry;
    value.catch(() => {
      if (last === entry) last = undefined;
    });
    return value;
  };
}
