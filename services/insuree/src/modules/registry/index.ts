// The registry module's public face: what other modules of the service may import.
export { RegistryModule } from './registry.module';
export { InsureeModel } from './api/insuree.model';
export { InsureePayload } from './api/insuree.payload';
export { insureePayload } from './api/registry-payloads';
export { insureeView } from './application/insuree.view';
export type { InsureeView } from './application/insuree.view';
export type { RegistryCommand } from './application/registry-commands';
export { insureeState } from './application/registry-event-data';
export { RegistryQueries } from './application/registry.queries';
export { registryErrors } from './domain/registry.errors';
export { RegistryRecords } from './infrastructure/registry-records';
export { insureeInScope } from './infrastructure/registry-scope';
