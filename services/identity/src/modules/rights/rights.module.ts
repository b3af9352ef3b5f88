import { Module } from '@nestjs/common';
import { RightsResolver } from './rights.resolver';

@Module({ providers: [RightsResolver] })
export class RightsModule {}
