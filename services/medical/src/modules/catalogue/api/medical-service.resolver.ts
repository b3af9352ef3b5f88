import { EntityManager } from '@mikro-orm/postgresql';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type CommandResult, runUseCase } from '@imis/application';
import { commandMeta, CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { ConnectionArgs, pageOf, toConnection } from '@imis/graphql';
import { CatalogueQueries } from '../application/catalogue.queries';
import { CreateMedicalService } from '../application/create-medical-service.command';
import { DeleteMedicalService } from '../application/delete-medical-service.command';
import type { MedicalServiceView } from '../application/medical-service.view';
import { UpdateMedicalService } from '../application/update-medical-service.command';
import { toMedicalServiceModel, toMedicalServiceVersionModel } from './catalogue.mapper';
import { MedicalServiceConnection, MedicalServicePayload } from './catalogue.payloads';
import { CreateMedicalServiceInput, DeleteMedicalServiceInput, MedicalServiceFilterInput, UpdateMedicalServiceInput } from './medical-service.inputs';
import { MedicalServiceModel, MedicalServiceVersionModel } from './medical-service.model';

/** Medical services (packages included): national reference data, guarded by rights only (121401–121404), no location scope. */
@Resolver(() => MedicalServiceModel)
export class MedicalServiceResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: CatalogueQueries,
    private readonly createUseCase: CreateMedicalService,
    private readonly updateUseCase: UpdateMedicalService,
    private readonly deleteUseCase: DeleteMedicalService,
  ) {}

  @RequireRights(Right.MedicalServiceSearch)
  @Query(() => MedicalServiceConnection, { description: 'Current medical services matching the filter, in creation order' })
  async medicalServices(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => MedicalServiceFilterInput, nullable: true }) filter?: MedicalServiceFilterInput | null,
  ): Promise<MedicalServiceConnection> {
    const window = pageOf(page);
    const { rows, totalCount } = await this.queries.services({ ...filter }, window);
    return toConnection(rows, window, totalCount, toMedicalServiceModel);
  }

  @RequireRights(Right.MedicalServiceSearch)
  @Query(() => MedicalServiceModel, { nullable: true, description: 'A current medical service; null when unknown or deleted' })
  async medicalService(@Args('id', { type: () => ID }) id: string): Promise<MedicalServiceModel | null> {
    const view = await this.queries.service(id);
    return view && toMedicalServiceModel(view);
  }

  @RequireRights(Right.MedicalServiceSearch)
  @Query(() => [MedicalServiceVersionModel], { description: 'Past versions of a medical service, oldest first' })
  async medicalServiceHistory(@Args('id', { type: () => ID }) id: string): Promise<MedicalServiceVersionModel[]> {
    return (await this.queries.serviceHistory(id)).map(toMedicalServiceVersionModel);
  }

  @RequireRights(Right.MedicalServiceAdd)
  @Mutation(() => MedicalServicePayload, { description: 'Adds a service (a package with its lines) to the register' })
  async createMedicalService(@Args('input') { clientMutationId, ...data }: CreateMedicalServiceInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.createUseCase, data, commandMeta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.MedicalServiceEdit)
  @Mutation(() => MedicalServicePayload, { description: 'Changes a medical service; the previous version is kept in the history' })
  async updateMedicalService(@Args('input') { clientMutationId, ...data }: UpdateMedicalServiceInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.updateUseCase, data, commandMeta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.MedicalServiceDelete)
  @Mutation(() => MedicalServicePayload, { description: 'Deletes a medical service (kept as history) unless another current package holds it' })
  async deleteMedicalService(@Args('input') { clientMutationId, ...data }: DeleteMedicalServiceInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.deleteUseCase, data, commandMeta(user, clientMutationId)), clientMutationId);
  }
}

function payload(result: CommandResult<{ service: MedicalServiceView }>, clientMutationId?: string | null): MedicalServicePayload {
  return { service: result.service ? toMedicalServiceModel(result.service) : null, errors: result.errors, clientMutationId: clientMutationId ?? null };
}
