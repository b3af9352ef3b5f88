import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequireRights, Right } from '@imis/auth';
import { LOOKUPS } from '../../../shared/domain/lookups';
import { LookupEntryModel } from './lookup-entry.model';
import { LookupKind } from './lookup-kind.enum';

@Resolver()
export class LookupResolver {
  @RequireRights(Right.FamilySearch, Right.InsureeSearch, Right.InsureeEnquire)
  @Query(() => [LookupEntryModel], { description: 'The codes of one list (gender, relationship…) in display order, with English and French labels' })
  lookups(@Args('kind', { type: () => LookupKind }) kind: LookupKind): LookupEntryModel[] {
    return LOOKUPS[kind].map((entry) => ({ code: entry.code, labelEn: entry.label.en, labelFr: entry.label.fr, sortOrder: entry.sortOrder, type: entry.type ?? null }));
  }
}
