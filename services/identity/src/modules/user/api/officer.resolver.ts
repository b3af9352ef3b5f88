import { EntityManager } from '@mikro-orm/postgresql';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, RequireRights, Right, type RequestUser } from '@imis/auth';
import { ConnectionArgs, type EntityReference, locationReferenceTypes, pageOf, referencesTo, toConnection } from '@imis/graphql';
import { runUseCase, type CommandResult } from '@imis/application';
import { CreateEnrolmentOfficer } from '../application/officer/create-enrolment-officer.command';
import { DeleteEnrolmentOfficer } from '../application/officer/delete-enrolment-officer.command';
import { OfficerQueries } from '../application/officer/officer.queries';
import type { OfficerView } from '../application/officer/officer.view';
import { UpdateEnrolmentOfficer } from '../application/officer/update-enrolment-officer.command';
import { AdminCallers } from './admin-caller';
import {
  CreateOfficerInput,
  DeleteOfficerInput,
  OfficerConnection,
  OfficerFilterInput,
  OfficerModel,
  OfficerPayload,
  OfficerVersionModel,
  UpdateOfficerInput,
} from './officer.models';
import { withDates } from './versioned.model';

const toModel = (view: OfficerView) => Object.assign(new OfficerModel(), withDates(view));

const { LocationReference } = locationReferenceTypes();

@Resolver(() => OfficerModel)
export class OfficerResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: OfficerQueries,
    private readonly createUseCase: CreateEnrolmentOfficer,
    private readonly updateUseCase: UpdateEnrolmentOfficer,
    private readonly deleteUseCase: DeleteEnrolmentOfficer,
    private readonly callers: AdminCallers,
  ) {}

  @RequireRights(Right.EnrolmentOfficerSearch)
  @Query(() => OfficerConnection, { description: 'Current enrolment officers inside your scope matching the filter, in creation order' })
  async enrolmentOfficers(
    @Args() page: ConnectionArgs,
    @CurrentUser() caller: RequestUser,
    @Args('filter', { type: () => OfficerFilterInput, nullable: true }) filter?: OfficerFilterInput | null,
  ): Promise<OfficerConnection> {
    const window = pageOf(page);
    const { rows, totalCount } = await this.queries.search(filter ?? {}, window, (await this.callers.of(caller)).scope);
    return toConnection(rows, window, totalCount, toModel);
  }

  @RequireRights(Right.EnrolmentOfficerSearch)
  @Query(() => OfficerModel, { nullable: true, description: 'A current enrolment officer inside your scope; null otherwise' })
  async enrolmentOfficer(@Args('id', { type: () => ID }) id: string, @CurrentUser() caller: RequestUser): Promise<OfficerModel | null> {
    const view = await this.queries.byId(id, (await this.callers.of(caller)).scope);
    return view && toModel(view);
  }

  @RequireRights(Right.EnrolmentOfficerSearch)
  @Query(() => [OfficerVersionModel], { description: 'Past versions of an enrolment officer, oldest first' })
  async enrolmentOfficerHistory(@Args('id', { type: () => ID }) id: string, @CurrentUser() caller: RequestUser): Promise<OfficerVersionModel[]> {
    const versions = await this.queries.history(id, (await this.callers.of(caller)).scope);
    return versions.map((view) => Object.assign(new OfficerVersionModel(), withDates(view)));
  }

  @ResolveField(() => [LocationReference], { nullable: 'items', description: "Its villages (from the location service; null where outside the caller's scope)" })
  villages(@Parent() officer: OfficerModel): EntityReference[] {
    return referencesTo(officer.villageIds);
  }

  @RequireRights(Right.EnrolmentOfficerAdd)
  @Mutation(() => OfficerPayload, { description: 'Registers an enrolment officer' })
  async createEnrolmentOfficer(@Args('input') { clientMutationId, ...data }: CreateOfficerInput, @CurrentUser() caller: RequestUser) {
    return payload(await runUseCase(this.em, this.createUseCase, data, await this.callers.meta(caller, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.EnrolmentOfficerEdit)
  @Mutation(() => OfficerPayload, { description: 'Replaces an enrolment officer; the previous version is kept in the history' })
  async updateEnrolmentOfficer(@Args('input') { clientMutationId, ...data }: UpdateOfficerInput, @CurrentUser() caller: RequestUser) {
    return payload(await runUseCase(this.em, this.updateUseCase, data, await this.callers.meta(caller, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.EnrolmentOfficerDelete)
  @Mutation(() => OfficerPayload, { description: 'Deletes an enrolment officer (kept as history)' })
  async deleteEnrolmentOfficer(@Args('input') { clientMutationId, ...data }: DeleteOfficerInput, @CurrentUser() caller: RequestUser) {
    return payload(await runUseCase(this.em, this.deleteUseCase, data, await this.callers.meta(caller, clientMutationId)), clientMutationId);
  }
}

function payload(result: CommandResult<{ enrolmentOfficer?: OfficerView }>, clientMutationId?: string | null): OfficerPayload {
  return {
    enrolmentOfficer: result.enrolmentOfficer ? toModel(result.enrolmentOfficer) : null,
    errors: result.errors,
    clientMutationId: clientMutationId ?? null,
  };
}
