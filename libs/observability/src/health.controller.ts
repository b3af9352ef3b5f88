import { Controller, Get } from '@nestjs/common';
import { PublicRoute } from './public-route';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { CHECK_TIMEOUT_MS, withTimeout } from './readiness-metrics';
import { ReadinessRegistry } from './readiness.registry';

@PublicRoute()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly readiness: ReadinessRegistry,
  ) {}

  /** The process is up (liveness never depends on other systems). */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** 200 only when every registered dependency answers, 503 otherwise. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check(
      this.readiness.list().map(({ name, check }) => async () => {
        const indicator = this.indicators.check(name);
        try {
          await withTimeout(check(), CHECK_TIMEOUT_MS);
          return indicator.up();
        } catch (error) {
          return indicator.down({ message: error instanceof Error ? error.message : String(error) });
        }
      }),
    );
  }
}
