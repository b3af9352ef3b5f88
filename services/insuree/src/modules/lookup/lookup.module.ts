import { Module } from '@nestjs/common';
import { LookupResolver } from './api/lookup.resolver';

/** The code lists (gender, relationship…) with their labels; the lists themselves are the registry's domain. */
@Module({ providers: [LookupResolver] })
export class LookupModule {}
