// The card-holders module's public face: the registry and the photos as the membership cards' holder source.
export { CardHoldersModule } from './card-holders.module';
export { RegistryCardHolders } from './registry-card-holders';
