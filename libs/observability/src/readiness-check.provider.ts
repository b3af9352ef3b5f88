import type { FactoryProvider, InjectionToken } from '@nestjs/common';
import type { ReadinessCheck } from './readiness.registry';

/** A provider that contributes one readiness check, built from injected dependencies. */
export function readinessCheck<Dependencies extends unknown[]>(
  name: string,
  useFactory: (...dependencies: Dependencies) => ReadinessCheck['check'],
  inject: InjectionToken[] = [],
): FactoryProvider<ReadinessCheck> {
  const build = (...dependencies: Dependencies): ReadinessCheck => ({ name, check: useFactory(...dependencies) });
  return { provide: Symbol(`readiness:${name}`), useFactory: build as (...args: unknown[]) => ReadinessCheck, inject };
}
