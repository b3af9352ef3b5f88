import { Module } from '@nestjs/common';
import { LocationAccess } from '@imis/auth';
import { ChangeInsureeStatus } from './application/change-insuree-status.command';
import { CreateFamily } from './application/create-family.command';
import { CreateInsuree } from './application/create-insuree.command';
import { DeleteFamily } from './application/delete-family.command';
import { DeleteInsurees } from './application/delete-insurees.command';
import { MoveInsuree } from './application/move-insuree.command';
import { RegistryQueries } from './application/registry.queries';
import { RemoveInsurees } from './application/remove-insurees.command';
import { SetFamilyHead } from './application/set-family-head.command';
import { UpdateFamily } from './application/update-family.command';
import { UpdateInsuree } from './application/update-insuree.command';
import { FamilyMutationResolver } from './api/family-mutation.resolver';
import { FamilyResolver } from './api/family.resolver';
import { InsureeMutationResolver } from './api/insuree-mutation.resolver';
import { InsureeResolver } from './api/insuree.resolver';

const USE_CASES = [CreateFamily, UpdateFamily, SetFamilyHead, DeleteFamily, CreateInsuree, UpdateInsuree, ChangeInsureeStatus, MoveInsuree, RemoveInsurees, DeleteInsurees];

/** Families and insurees: their rules, use cases, reads and GraphQL. */
@Module({
  providers: [...USE_CASES, RegistryQueries, LocationAccess, FamilyResolver, FamilyMutationResolver, InsureeResolver, InsureeMutationResolver],
  exports: [...USE_CASES, RegistryQueries, LocationAccess],
})
export class RegistryModule {}
