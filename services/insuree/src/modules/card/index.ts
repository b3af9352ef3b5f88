// The card module's public face: what other modules of the service may import.
export { CardHolderSource } from './application/card-holder.source';
export type { CardGender, CardHolder } from './domain/card-holder';
