export { defineService } from './service-descriptor';
export type { ServiceDefinition, ServiceDescriptor, ServiceProcessEnv } from './service-descriptor';
export { serviceOrm } from './service-orm-config';
export { createServiceApp } from './create-service-app';
export { printServiceSchema, runServiceApi, runServiceMigrations, runServiceMigrationTool, runServiceWorker } from './service-entries';
