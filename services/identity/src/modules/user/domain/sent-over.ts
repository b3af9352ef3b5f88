/**
 * The fields an update checks: each field sent (null included: cleared) over the record's current value,
 * the absent ones unchanged (updates change only the fields sent, as in the other services).
 */
export function sentOver<I extends object>(current: Required<I>, sent: I): I {
  const changes = Object.entries(sent).filter(([, value]) => value !== undefined);
  return { ...current, ...Object.fromEntries(changes) } as I;
}

/** The named fields of a record, as `sentOver` takes them. */
export function fieldsOf<T, K extends keyof T>(record: T, names: readonly K[]): Pick<T, K> {
  return Object.fromEntries(names.map((name) => [name, record[name]])) as Pick<T, K>;
}
