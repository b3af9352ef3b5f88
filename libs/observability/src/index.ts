export { ObservabilityModule } from './observability.module';
export type { ObservabilityOptions } from './observability.module';
export { ReadinessRegistry } from './readiness.registry';
export type { ReadinessCheck } from './readiness.registry';
export { readinessCheck } from './readiness-check.provider';
export { CORRELATION_HEADER, correlationIdFrom, currentCorrelationId, runWithCorrelationId } from './correlation';
export { metricsRegistry } from './metrics';
export { PUBLIC_ROUTE, PublicRoute } from './public-route';
