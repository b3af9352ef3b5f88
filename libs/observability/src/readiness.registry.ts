import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { watchReadiness } from './readiness-metrics';

export interface ReadinessCheck {
  name: string;
  /** Resolves when the dependency answers; throws (or rejects) when it does not. */
  check(): Promise<void>;
}

/** Dependencies a process needs before it can serve: database, NATS, Redis… Modules register theirs. */
@Injectable()
export class ReadinessRegistry implements OnModuleDestroy {
  private readonly checks = new Map<string, ReadinessCheck['check']>();
  /** The checks are also metrics (`imis_readiness_check_up{check}`), for alerts on a dependency out of reach. */
  private readonly unwatch = watchReadiness(() => this.list());

  register(name: string, check: ReadinessCheck['check']): void {
    this.checks.set(name, check);
  }

  list(): ReadinessCheck[] {
    return [...this.checks].map(([name, check]) => ({ name, check }));
  }

  onModuleDestroy(): void {
    this.unwatch();
  }
}
