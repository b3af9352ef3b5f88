import { Module } from '@nestjs/common';
import { LocationAccess } from '@imis/auth';
import { PayerResolver } from './api/payer.resolver';
import { CreatePayer } from './application/create-payer.command';
import { DeletePayer } from './application/delete-payer.command';
import { PayerAccess } from './application/payer-access';
import { PayerQueries } from './application/payer.queries';
import { UpdatePayer } from './application/update-payer.command';

/** Payers: who pays premiums for others (rights 121801–121804). */
@Module({ providers: [LocationAccess, PayerAccess, PayerQueries, CreatePayer, UpdatePayer, DeletePayer, PayerResolver], exports: [PayerAccess] })
export class PayerModule {}
