// The card module's public face: what other modules of the service may import.
export { CardModule } from './card.module';
export type { CardModuleOptions } from './card.module';
export { CardHolderSource } from './application/card-holder.source';
export type { CardLayout } from './application/card-layout';
export type { CardOptions } from './application/card-options';
export type { CardGender, CardHolder } from './domain/card-holder';
