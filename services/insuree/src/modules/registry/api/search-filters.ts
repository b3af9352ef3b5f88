import { GraphQLError } from 'graphql';
import { canonicalLookupCode, lookupCodes, type LookupKind } from '../../../shared/domain/lookups';
import { nameSearchWords } from '../domain/name-search';
import type { InsureeFilterInput, FamilyFilterInput } from './insuree-filter.input';

/**
 * The search filters as the queries take them: codes in the list's case ("f" finds F), a name of at most
 * NAME_SEARCH_MAX_WORDS words. What cannot match anything is refused naming the argument, never answered
 * with an empty page that looks like "nobody".
 */
export function insureeSearchFilter(filter: InsureeFilterInput | null | undefined): InsureeFilterInput {
  const checked = { ...filter };
  if (checked.name) {
    const term = nameSearchWords(checked.name);
    if (!term.ok && term.reason === 'NO_WORDS') throw badFilter('A name search needs at least one word of letters or digits', 'filter.name', { reason: term.reason });
    if (!term.ok) {
      throw badFilter(`A name search takes at most ${term.maxWords} words`, 'filter.name', { reason: term.reason, maxWords: term.maxWords });
    }
  }
  if (checked.gender) checked.gender = filterCode('gender', checked.gender, 'filter.gender');
  return checked;
}

export function familySearchFilter(filter: FamilyFilterInput | null | undefined): FamilyFilterInput {
  const checked = { ...filter };
  if (checked.familyType) checked.familyType = filterCode('familyType', checked.familyType, 'filter.familyType');
  return checked;
}

function filterCode(kind: LookupKind, value: string, argument: string): string {
  const code = canonicalLookupCode(kind, value);
  if (code === null) {
    throw badFilter(`"${value}" is not a ${kind} code (${lookupCodes(kind).join(', ')})`, argument, { reason: 'UNKNOWN_CODE', codes: lookupCodes(kind) });
  }
  return code;
}

function badFilter(message: string, argument: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument, ...details } });
}
