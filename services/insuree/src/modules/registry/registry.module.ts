import { Module } from '@nestjs/common';
import { LocationAccess } from '@imis/auth';
import { CreateFamilyHandler } from './application/family/create-family.handler';
import { DeleteFamilyHandler } from './application/family/delete-family.handler';
import { SetFamilyHeadHandler } from './application/family/set-family-head.handler';
import { UpdateFamilyHandler } from './application/family/update-family.handler';
import { ChangeInsureeStatusHandler } from './application/insuree/change-insuree-status.handler';
import { CreateInsureeHandler } from './application/insuree/create-insuree.handler';
import { MoveInsureeHandler } from './application/insuree/move-insuree.handler';
import { RemoveInsureesHandler } from './application/insuree/remove-insurees.handler';
import { UpdateInsureeHandler } from './application/insuree/update-insuree.handler';
import { RegistryQueries } from './application/registry.queries';
import { FamilyMutationResolver } from './api/family-mutation.resolver';
import { FamilyResolver } from './api/family.resolver';
import { InsureeMutationResolver } from './api/insuree-mutation.resolver';
import { InsureeResolver } from './api/insuree.resolver';

/** Families and insurees: their rules, commands, reads and GraphQL. */
@Module({
  providers: [
    CreateFamilyHandler,
    UpdateFamilyHandler,
    SetFamilyHeadHandler,
    DeleteFamilyHandler,
    CreateInsureeHandler,
    UpdateInsureeHandler,
    ChangeInsureeStatusHandler,
    MoveInsureeHandler,
    RemoveInsureesHandler,
    RegistryQueries,
    LocationAccess,
    FamilyResolver,
    FamilyMutationResolver,
    InsureeResolver,
    InsureeMutationResolver,
  ],
  exports: [RegistryQueries, LocationAccess],
})
export class RegistryModule {}
