import { EntityManager } from '@mikro-orm/postgresql';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { runUseCase } from '@imis/application';
import { commandMeta, CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { ConnectionArgs } from '@imis/graphql';
import { rowErrorConnection } from '@imis/upload-jobs';
import { DiagnosisUploadQueries } from '../application/diagnosis-upload.queries';
import { UploadDiagnoses } from '../application/upload-diagnoses.command';
import {
  DiagnosisUploadErrorConnection,
  DiagnosisUploadModel,
  DiagnosisUploadPayload,
  toDiagnosisUploadModel,
} from './diagnosis-upload.model';
import { UploadDiagnosesInput } from './upload-diagnoses.input';

/** Uploads of diagnoses (right 131001): start one, follow it, read its report. */
@Resolver(() => DiagnosisUploadModel)
export class DiagnosisUploadResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly upload: UploadDiagnoses,
    private readonly queries: DiagnosisUploadQueries,
  ) {}

  @RequireRights(Right.DiagnosesUpload)
  @Mutation(() => DiagnosisUploadPayload, { description: 'Queues an upload of diagnoses from a CSV or XLSX file; poll diagnosisUpload(id) for its outcome and report' })
  async uploadDiagnoses(@CurrentUser() user: RequestUser, @Args('input') { clientMutationId, ...data }: UploadDiagnosesInput): Promise<DiagnosisUploadPayload> {
    if (!this.upload.available) {
      throw new GraphQLError('Uploads cannot be started: this process has no job queue', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
    }
    const result = await runUseCase(this.em, this.upload, data, commandMeta(user, clientMutationId));
    const upload = result.uploadId ? await this.queries.find(result.uploadId, user) : null;
    return { diagnosisUpload: upload && toDiagnosisUploadModel(upload), errors: result.errors, clientMutationId: clientMutationId ?? null };
  }

  @RequireRights(Right.DiagnosesUpload)
  @Query(() => DiagnosisUploadModel, { nullable: true, description: 'An upload with its outcome; null when unknown or started by someone else (administrators see all)' })
  async diagnosisUpload(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<DiagnosisUploadModel | null> {
    const upload = await this.queries.find(id, user);
    return upload && toDiagnosisUploadModel(upload);
  }

  @ResolveField(() => DiagnosisUploadErrorConnection, { description: "The upload's refusals, in row order" })
  errors(@Parent() parent: DiagnosisUploadModel, @Args() args: ConnectionArgs): Promise<DiagnosisUploadErrorConnection> {
    return rowErrorConnection(args, (size, afterId) => this.queries.errors(parent.id, size, afterId));
  }

  @ResolveField(() => String, { description: 'Every refusal as CSV: header row,column,code,message (RFC 4180); also GET /diagnosis-uploads/{id}/errors.csv' })
  errorReportCsv(@Parent() parent: DiagnosisUploadModel): Promise<string> {
    return this.queries.errorReport(parent.id);
  }
}
