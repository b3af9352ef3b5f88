import { Module } from '@nestjs/common';
import { LookupResolver } from './api/lookup.resolver';

/** The code lists (gender, relationship…) with their labels; the lists themselves are the service's shared domain (src/shared/domain/lookups.ts). */
@Module({ providers: [LookupResolver] })
export class LookupModule {}
