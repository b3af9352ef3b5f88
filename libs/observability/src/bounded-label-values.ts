/**
 * Values of a metric label taken from an open-ended set (GraphQL operation names…), kept to a bounded
 * number of series: the first `limit` distinct values admitted are used as they are, any later one (and
 * any value never admitted) becomes `overflow`. A value is admitted only when its caller says so, e.g.
 * once the request proved it real, so that refused requests cannot fill the set with made-up names.
 */
export class BoundedLabelValues {
  private readonly admitted = new Set<string>();

  constructor(
    readonly limit: number,
    readonly overflow = 'other',
  ) {}

  /** `value` when admitted before, or admitted now (`admit`) while there is room; otherwise `overflow`. */
  of(value: string, admit: boolean): string {
    if (this.admitted.has(value)) return value;
    if (!admit || this.admitted.size >= this.limit) return this.overflow;
    this.admitted.add(value);
    return value;
  }

  get size(): number {
    return this.admitted.size;
  }
}
