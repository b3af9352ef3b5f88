import type { ScopeFilter } from '@imis/auth';
import { locationSubtreeSql } from '@imis/location-projection';
import { isUuid } from '@imis/persistence';
import { nameSearchWords } from '../domain/name-search';
import { insureeScopeSql } from './registry-scope';

export type NameMatch = 'CONTAINS' | 'PREFIX';

export interface InsureeFilter {
  insuranceNumber?: string | null;
  name?: string | null;
  /** Per word of `name`: CONTAINS (default) anywhere in the full name; PREFIX: a word of the name starts with it. */
  nameMatch?: NameMatch | null;
  /** A region, district, ward or village: insurees living anywhere below it. */
  locationId?: string | null;
  familyId?: string | null;
  birthDateFrom?: string | null;
  birthDateTo?: string | null;
  gender?: string | null;
  status?: string | null;
}

/** A condition of alias `i` (the insuree table) with its positional parameters. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

const LIKE_SPECIALS = /[\\%_]/g;

/** Hyphens and apostrophes that start a word of a stored name for PREFIX, as they separate the words of a term. */
const NAME_WORD_MARKS = "-\u2010\u2011'\u2019\u02bc";
const NAME_WORD_SPACES = ' '.repeat(NAME_WORD_MARKS.length);

/**
 * The WHERE conditions of an insuree search, scope first; null when the filter can match nothing (an id
 * that is not a UUID). Names are folded by imis_fold (lower case, no accents) on both sides, so
 * "Émile" finds "EMILE". Each word of the term (`nameSearchWords`) is one `like` on `name_search`, all of
 * which the trigram index serves in one scan (ADR 0007); PREFIX adds a filter per word over those rows.
 */
export function insureeSearchConditions(filter: InsureeFilter, scope: ScopeFilter): SqlCondition[] | null {
  const conditions: SqlCondition[] = [{ sql: 'i.deleted_at is null', params: [] }, insureeScopeSql(scope)];
  const add = (sql: string, ...params: unknown[]) => conditions.push({ sql, params });
  const number = filter.insuranceNumber?.trim();
  if (number) add('i.insurance_number = ?', number);
  const term = nameSearchWords(filter.name ?? '');
  // The API refuses a term of too many words before it gets here.
  for (const word of term.ok ? term.words : []) {
    const literal = word.replace(LIKE_SPECIALS, (character) => `\\${character}`);
    add(`i.name_search like ('%' || imis_fold(?) || '%')`, literal);
    if (filter.nameMatch === 'PREFIX') {
      add(`(' ' || translate(i.name_search, ?, ?)) like ('% ' || imis_fold(?) || '%')`, NAME_WORD_MARKS, NAME_WORD_SPACES, literal);
    }
  }
  if (filter.locationId) {
    if (!isUuid(filter.locationId)) return null;
    const below = locationSubtreeSql(filter.locationId);
    add(`(i.family_village_id = any(array${below.sql}) or i.current_village_id = any(array${below.sql}))`, ...below.params, ...below.params);
  }
  if (filter.familyId) {
    if (!isUuid(filter.familyId)) return null;
    add('i.family_id = ?', filter.familyId);
  }
  if (filter.birthDateFrom) add('i.birth_date >= ?', filter.birthDateFrom);
  if (filter.birthDateTo) add('i.birth_date <= ?', filter.birthDateTo);
  if (filter.gender) add('i.gender = ?', filter.gender);
  if (filter.status) add('i.status = ?', filter.status);
  return conditions;
}

export function joinConditions(conditions: readonly SqlCondition[]): SqlCondition {
  return { sql: conditions.map((condition) => condition.sql).join(' and '), params: conditions.flatMap((condition) => condition.params) };
}
