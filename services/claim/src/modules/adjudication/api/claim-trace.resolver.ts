import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ClaimLineModel } from '../../claim';
import { explainLine, traceEntries } from '../domain';
import { ClaimTraceEntryModel } from './claim-trace.model';

/** A line's adjudication trace and its one-sentence explanation, read from the line's stored trace (no query). */
@Resolver(() => ClaimLineModel)
export class ClaimTraceResolver {
  @ResolveField(() => [ClaimTraceEntryModel], { nullable: true, description: 'What adjudication checked and decided, in order; null until adjudicated' })
  trace(@Parent() line: ClaimLineModel): ClaimTraceEntryModel[] | null {
    const trace = traceEntries(line.storedTrace);
    return trace
      ? trace.map((entry) => ({
          check: entry.check,
          outcome: entry.outcome,
          code: entry.code,
          policyId: entry.policyId ?? null,
          facts: Object.entries(entry.facts).map(([name, value]) => ({ name, value: value === null ? null : String(value) })),
        }))
      : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Why the line was rejected, or what was accepted and paid, in one sentence for the facility; null until adjudicated' })
  adjudicationExplanation(@Parent() line: ClaimLineModel): string | null {
    const trace = traceEntries(line.storedTrace);
    return trace ? explainLine(trace) : null;
  }
}
