import { Injectable } from '@nestjs/common';

export interface ReadinessCheck {
  name: string;
  /** Resolves when the dependency answers; throws (or rejects) when it does not. */
  check(): Promise<void>;
}

/** Dependencies a process needs before it can serve: database, NATS, Redis… Modules register theirs. */
@Injectable()
export class ReadinessRegistry {
  private readonly checks = new Map<string, ReadinessCheck['check']>();

  register(name: string, check: ReadinessCheck['check']): void {
    this.checks.set(name, check);
  }

  list(): ReadinessCheck[] {
    return [...this.checks].map(([name, check]) => ({ name, check }));
  }
}
