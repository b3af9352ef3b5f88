// The location module's public face: what other modules of the service (and its root module, tests and
// event handlers) may use. Anything not exported here is internal to the module (lint-enforced).
export { LocationModule } from './location.module';
export { CreateLocation } from './application/create-location.command';
export type { CreateLocationData } from './application/create-location.command';
export { UpdateLocation } from './application/update-location.command';
export type { UpdateLocationData } from './application/update-location.command';
export { MoveLocation } from './application/move-location.command';
export type { MoveLocationData } from './application/move-location.command';
export { DeleteLocation } from './application/delete-location.command';
export type { DeleteLocationData } from './application/delete-location.command';
export { LocationUsages } from './application/location-usages';
export type { LocationUsageCheck } from './application/location-usages';
export { LocationQueries } from './application/location.queries';
export type { LocationView } from './application/location.view';
export { locationErrors } from './domain/location.errors';
export type { LocationNode } from './domain/location-tree';
export type { LocationTypeCode } from './domain/location-type';
export { Location } from './infrastructure/location.entity';
export { LocationTableTree } from './infrastructure/location-table.tree';
export { LocationLoader } from './api/location.loader';
export { toLocationModel } from './api/location.mapper';
export { LocationModel } from './api/location.model';
