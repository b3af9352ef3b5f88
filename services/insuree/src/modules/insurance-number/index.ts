// The insurance-number module's public face: what other modules of the service may import. Its Nest module
// (insurance-number.module.ts) is imported by the service's root modules directly: loaded here, with the
// registry's use cases, it would declare its GraphQL type earlier and reorder the subgraph's schema.
export { InsuranceNumbers, asDomainError, insuranceNumberTaken } from './application/insurance-numbers';
export type { InsuranceNumberValidator } from './domain/insurance-number-validator';
