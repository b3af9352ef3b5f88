/** Where an import's time went (milliseconds per step), for its log line and the bench. */
export class ImportTimings {
  private readonly started = performance.now();
  private readonly steps = new Map<string, number>();

  /** Adds the time since `since` (a performance.now()) to a step. */
  add(step: string, since: number): void {
    this.steps.set(step, (this.steps.get(step) ?? 0) + performance.now() - since);
  }

  async wait<T>(step: string, promise: Promise<T>): Promise<T> {
    const since = performance.now();
    try {
      return await promise;
    } finally {
      this.add(step, since);
    }
  }

  /** "1234 ms (read 120 ms, checks 800 ms, …)" */
  summary(): string {
    const steps = [...this.steps].map(([step, ms]) => `${step} ${Math.round(ms)} ms`).join(', ');
    return `${Math.round(performance.now() - this.started)} ms (${steps})`;
  }
}
