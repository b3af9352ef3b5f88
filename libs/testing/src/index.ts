export { testInfrastructure } from './infrastructure';
export type { TestInfrastructure } from './infrastructure';
export { createTestDatabase, randomEventPrefix } from './test-database';
export type { TestDatabase } from './test-database';
export { locationCreatedEvents, locationTree } from './location-tree.factory';
export type { LocationTreeShape } from './location-tree.factory';
export { TestAuthority } from './test-authority';
export type { TestUser } from './test-authority';
