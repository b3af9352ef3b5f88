// The payer module's public face: who pays premiums, and the checks premiums and fundings make on a payer.
export { PayerModule } from './payer.module';
export { Payer } from './infrastructure/payer.entity';
export { PayerAccess } from './application/payer-access';
export { visiblePayer } from './application/payer-in-scope';
export { PAYER_TYPES } from './domain/payer-fields';
export type { PayerType } from './domain/payer-fields';
