import { DynamicModule, FactoryProvider, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
import { CORRELATION_HEADER, correlationIdFrom } from './correlation';
import { CorrelationMiddleware } from './correlation.middleware';
import { DirectRoutes } from './direct-routes';
import { HealthController } from './health.controller';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { describeErrorWithoutMessage, serializeError } from './logging/error-redaction';
import { initialiseMetrics } from './metrics';
import { MetricsController } from './metrics.controller';
import type { ReadinessCheck } from './readiness.registry';
import { ReadinessRegistry } from './readiness.registry';
import { RequestObserver } from './request-observer';

export interface ObservabilityOptions {
  service: string;
  logLevel?: string;
  /** Where log lines go (standard output when not set; tests read them). */
  logDestination?: DestinationStream;
  /** Providers made with `readinessCheck(...)`. Libraries may also call ReadinessRegistry.register. */
  readiness?: FactoryProvider<ReadinessCheck>[];
  /** Requests served ahead of express (DirectRoutes) that succeed within this many ms are logged at debug. */
  accessLogSlowMs?: number;
  /**
   * `GET /metrics` on the application's own port (default). The gateway, which faces the public, says
   * false and serves its metrics on a listener of its own (startMetricsServer).
   */
  metricsRoute?: boolean;
}

const QUIET_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);

const compactRequest = (request: { method?: string; url?: string }) => ({ method: request.method, url: request.url });
const compactResponse = (response: { statusCode?: number }) => ({ statusCode: response.statusCode });
const REGISTER_READINESS = Symbol('register-readiness');

function httpLogOptions(options: ObservabilityOptions): PinoHttpOptions {
  return {
    level: options.logLevel ?? 'info',
    base: { service: options.service },
    genReqId: (request) => correlationIdFrom(request.headers[CORRELATION_HEADER]),
    customProps: (request) => ({ correlationId: request.id }),
    autoLogging: { ignore: (request) => QUIET_PATHS.has(request.url ?? '') },
    // One compact line per request: the headers (and the token in them) stay out of the logs. Errors
    // without the personal data of database errors (bound values, PostgreSQL's detail): logging/.
    serializers: { req: compactRequest, res: compactResponse, err: serializeError },
    hooks: { logMethod: describeErrorWithoutMessage },
  };
}

/**
 * JSON logs with correlation ids, Prometheus /metrics, /health/live and /health/ready; the same (correlation
 * id, duration metric, one access line) for the routes served ahead of express (DirectRoutes).
 */
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
        LoggerModule.forRoot({ pinoHttp: options.logDestination ? [httpLogOptions(options), options.logDestination] : httpLogOptions(options) }),
      ],
      controllers: options.metricsRoute === false ? [HealthController] : [HealthController, MetricsController],
      providers: [
        ReadinessRegistry,
        {
          provide: RequestObserver,
          inject: [PinoLogger],
          // Outside a request, PinoLogger's logger is the process's root pino logger.
          useFactory: (logger: PinoLogger) => new RequestObserver(logger.logger, { slowMs: options.accessLogSlowMs }),
        },
        { provide: DirectRoutes, inject: [RequestObserver], useFactory: (observer: RequestObserver) => new DirectRoutes(observer) },
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
      exports: [ReadinessRegistry, RequestObserver, DirectRoutes],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationMiddleware, HttpMetricsMiddleware).forRoutes('*');
  }
}
