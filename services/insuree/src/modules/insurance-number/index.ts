// The insurance-number module's public face: what other modules of the service may import.
export { InsuranceNumbers, asDomainError, insuranceNumberTaken } from './application/insurance-numbers';
