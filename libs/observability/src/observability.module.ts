import { DynamicModule, FactoryProvider, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { CORRELATION_HEADER, correlationIdFrom } from './correlation';
import { CorrelationMiddleware } from './correlation.middleware';
import { HealthController } from './health.controller';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { initialiseMetrics } from './metrics';
import { MetricsController } from './metrics.controller';
import type { ReadinessCheck } from './readiness.registry';
import { ReadinessRegistry } from './readiness.registry';

export interface ObservabilityOptions {
  service: string;
  logLevel?: string;
  /** Providers made with `readinessCheck(...)`. Libraries may also call ReadinessRegistry.register. */
  readiness?: FactoryProvider<ReadinessCheck>[];
}

const QUIET_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);
const REGISTER_READINESS = Symbol('register-readiness');

/** JSON logs with correlation ids, Prometheus /metrics, /health/live and /health/ready. */
@Global()
@Module({})
export class ObservabilityModule implements NestModule {
  static forRoot(options: ObservabilityOptions): DynamicModule {
    initialiseMetrics(options.service);
    const readiness = options.readiness ?? [];
    return {
      module: ObservabilityModule,
      imports: [
        TerminusModule.forRoot({ logger: false }),
        LoggerModule.forRoot({
          pinoHttp: {
            level: options.logLevel ?? 'info',
            base: { service: options.service },
            genReqId: (request) => correlationIdFrom(request.headers[CORRELATION_HEADER]),
            customProps: (request) => ({ correlationId: request.id }),
            autoLogging: { ignore: (request) => QUIET_PATHS.has(request.url ?? '') },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        ReadinessRegistry,
        ...readiness,
        {
          provide: REGISTER_READINESS,
          useFactory: (registry: ReadinessRegistry, ...checks: ReadinessCheck[]) => {
            for (const { name, check } of checks) registry.register(name, check);
            return true;
          },
          inject: [ReadinessRegistry, ...readiness.map((provider) => provider.provide)],
        },
      ],
      exports: [ReadinessRegistry],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationMiddleware, HttpMetricsMiddleware).forRoutes('*');
  }
}
