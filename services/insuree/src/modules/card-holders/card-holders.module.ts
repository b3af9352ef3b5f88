import { Module } from '@nestjs/common';
import { PhotoModule } from '../photo';
import { RegistryModule } from '../registry';
import { RegistryCardHolders } from './registry-card-holders';

/** What membership cards print, taken from the registry and the photos. */
@Module({ imports: [RegistryModule, PhotoModule], providers: [RegistryCardHolders], exports: [RegistryCardHolders] })
export class CardHoldersModule {}
