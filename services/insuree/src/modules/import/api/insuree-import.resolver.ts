import { EntityManager } from '@mikro-orm/postgresql';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { runUseCase } from '@imis/application';
import { commandMeta, CurrentUser, LocationAccess, type RequestUser, RequireRights, Right } from '@imis/auth';
import { ConnectionArgs } from '@imis/graphql';
import { rowErrorConnection } from '@imis/upload-jobs';
import { ImportQueries } from '../application/import.queries';
import { StartInsureeImport } from '../application/start-insuree-import.command';
import { InsureeImportErrorConnection } from './import-error.model';
import { toInsureeImportModel } from './insuree-import.mapper';
import { InsureeImportModel } from './insuree-import.model';
import { InsureeImportPayload } from './insuree-import.payload';
import { StartInsureeImportInput } from './start-insuree-import.input';

const IMPORT_RIGHTS = [Right.FamilyAdd, Right.InsureeAdd] as const;

@Resolver(() => InsureeImportModel)
export class InsureeImportResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly start: StartInsureeImport,
    private readonly queries: ImportQueries,
    private readonly access: LocationAccess,
  ) {}

  @RequireRights(...IMPORT_RIGHTS)
  @Mutation(() => InsureeImportPayload, {
    description:
      'Queues a bulk import of families and insurees (needs both rights 101002 and 101102); poll insureeImport(id) for its progress and report',
  })
  async startInsureeImport(@CurrentUser() user: RequestUser, @Args('input') { clientMutationId, ...data }: StartInsureeImportInput): Promise<InsureeImportPayload> {
    // RequireRights lets any one of them through; an import adds families and insurees, so it needs both.
    const missing = IMPORT_RIGHTS.filter((right) => !user.isAdministrator && !user.rights.has(right));
    if (missing.length > 0) {
      throw new GraphQLError(`An import needs the rights ${IMPORT_RIGHTS.join(' and ')}`, { extensions: { code: 'FORBIDDEN', requiredRights: [...IMPORT_RIGHTS] } });
    }
    if (!this.start.available) {
      throw new GraphQLError('Imports cannot be started: this process has no import queue', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
    }
    const meta = { ...commandMeta(user, clientMutationId), scope: await this.access.data(user) };
    const result = await runUseCase(this.em, this.start, data, meta);
    const job = result.importId ? await this.queries.find(result.importId, user) : null;
    return { insureeImport: job && toInsureeImportModel(job), errors: result.errors, clientMutationId: clientMutationId ?? null };
  }

  @RequireRights(...IMPORT_RIGHTS)
  @Query(() => InsureeImportModel, { nullable: true, description: 'An import with its progress; null when unknown or started by someone else (administrators see all)' })
  async insureeImport(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<InsureeImportModel | null> {
    const job = await this.queries.find(id, user);
    return job && toInsureeImportModel(job);
  }

  @ResolveField(() => InsureeImportErrorConnection, { description: "The import's refusals, in row order" })
  errors(@Parent() parent: InsureeImportModel, @Args() args: ConnectionArgs): Promise<InsureeImportErrorConnection> {
    return rowErrorConnection(args, (size, afterId) => this.queries.errors(parent.id, size, afterId));
  }

  @ResolveField(() => String, { description: 'Every refusal as CSV: header row,column,code,message (RFC 4180); also GET /insuree-imports/{id}/errors.csv' })
  errorReportCsv(@Parent() parent: InsureeImportModel): Promise<string> {
    return this.queries.errorReport(parent.id);
  }
}
