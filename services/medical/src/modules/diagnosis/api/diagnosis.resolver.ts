import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, pageOf, toConnection } from '@imis/graphql';
import { DiagnosisQueries } from '../application/diagnosis.queries';
import { DiagnosisFilterInput } from './diagnosis-filter.input';
import { DiagnosisConnection, DiagnosisModel, DiagnosisVersionModel } from './diagnosis.model';

/** Reads of diagnoses: national reference data, open to any caller with a valid access token (claims name them). */
@Resolver(() => DiagnosisModel)
export class DiagnosisResolver {
  constructor(private readonly queries: DiagnosisQueries) {}

  @Query(() => DiagnosisConnection, { description: 'Current diagnoses matching the filter, in creation order' })
  async diagnoses(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => DiagnosisFilterInput, nullable: true }) filter?: DiagnosisFilterInput | null,
  ): Promise<DiagnosisConnection> {
    const window = pageOf(page);
    const { rows, totalCount } = await this.queries.search(filter ?? {}, window);
    return toConnection(rows, window, totalCount);
  }

  @Query(() => DiagnosisModel, { nullable: true, description: 'A current diagnosis; null when unknown or deleted' })
  diagnosis(@Args('id', { type: () => ID }) id: string): Promise<DiagnosisModel | null> {
    return this.queries.byId(id);
  }

  @Query(() => [DiagnosisVersionModel], { description: 'Past versions of a diagnosis (renamed or deleted by uploads), oldest first' })
  diagnosisHistory(@Args('id', { type: () => ID }) id: string): Promise<DiagnosisVersionModel[]> {
    return this.queries.history(id);
  }
}
