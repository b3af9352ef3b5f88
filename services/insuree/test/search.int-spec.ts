import { UNRESTRICTED } from '@imis/auth';
import type { ServiceTestApp, TestAuthority } from '@imis/testing';
import { insureeSearchConditions, joinConditions } from '../src/modules/registry/infrastructure/insuree-search.sql';
import { startInsuree } from './support/insuree-service';
import { person, seedPlaces, type SeededPlaces } from './support/registry-fixtures';
import { CHANGE_STATUS, CREATE_FAMILY, CREATE_INSUREE, FAMILIES, INSUREES } from './support/registry-operations';

/**
 * Insuree search: exact number, names without regard to case or accents (French and Nepali names), prefix
 * or contains, location, birth dates, gender and status, in keyset pages within the caller's scope.
 */
describe('insuree service: search', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;
  let places: SeededPlaces;
  const numbers: Record<string, string> = {};

  const search = async (filter: Record<string, unknown>, first = 20) => (await service.data(INSUREES, { filter, first })).insurees;
  const names = (connection: { edges: { node: { otherNames: string; lastName: string } }[] }) =>
    connection.edges.map(({ node }) => `${node.otherNames} ${node.lastName}`).sort();

  beforeAll(async () => {
    ({ service, authority } = await startInsuree());
    places = await seedPlaces(service);
    const register = async (village: string, head: Record<string, unknown>, members: Record<string, unknown>[] = []) => {
      const { createFamily } = await service.data(CREATE_FAMILY, { input: { villageId: village, head: person(head) } });
      numbers[`${head.otherNames} ${head.lastName}`] = createFamily.family.head.insuranceNumber;
      for (const member of members) {
        const { createInsuree } = await service.data(CREATE_INSUREE, { input: { familyId: createFamily.family.id, ...person(member) } });
        numbers[`${member.otherNames} ${member.lastName}`] = createInsuree.insuree.insuranceNumber;
      }
    };
    await register(places.village1.id, { lastName: 'Ngoué', otherNames: 'Élodie', birthDate: '1980-01-01' }, [
      { lastName: 'Ngoué', otherNames: 'Hélène', gender: 'F', birthDate: '2010-06-01' },
      { lastName: 'Ngoué', otherNames: 'Jérôme', gender: 'M', birthDate: '2012-03-04' },
    ]);
    await register(places.village2.id, { lastName: 'श्रेष्ठ', otherNames: 'सीता', birthDate: '1975-05-05' }, [
      { lastName: 'श्रेष्ठ', otherNames: 'राम', gender: 'M', birthDate: '1972-02-02' },
    ]);
    await register(places.village3.id, { lastName: 'NGOUEMA', otherNames: 'Paul', gender: 'M', birthDate: '1990-09-09' }, [
      { lastName: "N'Diaye", otherNames: 'Marie-Claire', gender: 'F', birthDate: '1993-07-07' },
    ]);
  });
  afterAll(() => service.close());

  it('finds names whatever their case and accents, anywhere in the name or at the start of a word', async () => {
    expect(names(await search({ name: 'ngoue' }))).toEqual(['Hélène Ngoué', 'Jérôme Ngoué', 'Paul NGOUEMA', 'Élodie Ngoué']);
    expect(names(await search({ name: 'claire' }))).toEqual(["Marie-Claire N'Diaye"]);
    expect(names(await search({ name: 'ELODIE' }))).toEqual(['Élodie Ngoué']);
    expect(names(await search({ name: 'jerome ngoue' }))).toEqual(['Jérôme Ngoué']);
    expect(names(await search({ name: 'gou' }))).toHaveLength(4);
    expect(names(await search({ name: 'gou', nameMatch: 'PREFIX' }))).toEqual([]);
    expect(names(await search({ name: 'hél', nameMatch: 'PREFIX' }))).toEqual(['Hélène Ngoué']);
    expect(names(await search({ name: 'श्रेष्ठ' }))).toEqual(['राम श्रेष्ठ', 'सीता श्रेष्ठ']);
    expect(names(await search({ name: 'सी', nameMatch: 'PREFIX' }))).toEqual(['सीता श्रेष्ठ']);
    expect(names(await search({ name: '100%_' }))).toEqual([]);
  });

  it('matches each word of the term in any order: surname first, parts of hyphenated names, apostrophes', async () => {
    expect(names(await search({ name: 'Ngoué Élodie' }))).toEqual(['Élodie Ngoué']);
    expect(names(await search({ name: 'elodie ngoue' }))).toEqual(['Élodie Ngoué']);
    expect(names(await search({ name: 'NGOUE,  jer' }))).toEqual(['Jérôme Ngoué']);
    expect(names(await search({ name: 'elodie paul' }))).toEqual([]);
    for (const term of ['Marie-Claire', 'marie claire', 'Claire Marie', "n'diaye marie", 'ndiaye'.slice(1) + ' claire', "N’Diaye Marie‐Claire"]) {
      expect({ term, found: names(await search({ name: term })) }).toEqual({ term, found: ["Marie-Claire N'Diaye"] });
    }
    expect(names(await search({ name: 'claire diaye', nameMatch: 'PREFIX' }))).toEqual(["Marie-Claire N'Diaye"]);
    expect(names(await search({ name: 'ngo elo', nameMatch: 'PREFIX' }))).toEqual(['Élodie Ngoué']);
    expect(names(await search({ name: 'laire', nameMatch: 'PREFIX' }))).toEqual([]);
    expect(names(await search({ name: 'ngoue lodie', nameMatch: 'PREFIX' }))).toEqual([]);
  });

  it('refuses a term that is no name: too many words, separators only, too long, a NUL character', async () => {
    const refusal = async (name: string) => (await service.graphql(INSUREES, { filter: { name } })).errors?.[0].extensions;
    expect(await refusal('a b c d e f g h i')).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.name', reason: 'TOO_MANY_WORDS', maxWords: 8 });
    expect(await refusal(" - ' ..")).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.name', reason: 'NO_WORDS' });
    expect(await refusal('x '.repeat(150))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.name', reason: 'TOO_LONG' });
    expect(await refusal('ngoue\u0000')).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.name', reason: 'NUL_CHARACTER' });
    expect(names(await search({ name: 'a-a a a' }))).toEqual(["Marie-Claire N'Diaye", 'Paul NGOUEMA']);
  });

  it('serves every word of the term from the trigram index in one scan', async () => {
    const { sql, params } = joinConditions(insureeSearchConditions({ name: 'Ngoué Élodie' }, UNRESTRICTED)!);
    let position = 0;
    const numbered = sql.replace(/\?/g, () => `$${++position}`);
    // At a register's size the planner picks the index; 20,000 throwaway rows (rolled back) give it that choice here.
    await service.query('begin');
    try {
      await service.query(
        `insert into insuree (id, created_at, updated_at, valid_from, changed_by, insurance_number, last_name, other_names, gender, birth_date)
         select gen_random_uuid(), now(), now(), now(), 'bench', 'X' || n, md5(n::text), md5((n + 1)::text), 'F', date '1990-01-01'
         from generate_series(1, 20000) n`,
      );
      // As autovacuum does on a live register: move the new entries from the GIN pending list into the index.
      await service.query(`select gin_clean_pending_list('insuree_name_search_trgm'::regclass)`);
      await service.query('analyze insuree');
      const plan = (await service.query<{ 'QUERY PLAN': string }>(`explain select i.id from insuree i where ${numbered}`, params)).map((row) => row['QUERY PLAN']).join('\n');
      expect(plan).toContain('insuree_name_search_trgm');
      expect(plan).toMatch(/Index Cond: \(\(name_search ~~ .*\) AND \(name_search ~~ .*\)\)/);
    } finally {
      await service.query('rollback');
    }
  });

  it('filters by exact number, location, birth dates, gender and status', async () => {
    expect(names(await search({ insuranceNumber: numbers['Paul NGOUEMA'] }))).toEqual(['Paul NGOUEMA']);
    expect(names(await search({ locationId: places.district1.id }))).toHaveLength(5);
    expect(names(await search({ locationId: places.village2.id }))).toEqual(['राम श्रेष्ठ', 'सीता श्रेष्ठ']);
    expect(names(await search({ birthDateFrom: '2000-01-01' }))).toEqual(['Hélène Ngoué', 'Jérôme Ngoué']);
    expect(names(await search({ birthDateFrom: '1972-01-01', birthDateTo: '1976-01-01' }))).toEqual(['राम श्रेष्ठ', 'सीता श्रेष्ठ']);
    expect(names(await search({ gender: 'M', name: 'ngoue' }))).toEqual(['Jérôme Ngoué', 'Paul NGOUEMA']);
    expect(names(await search({ gender: 'f', name: 'ngoue' }))).toEqual(['Hélène Ngoué', 'Élodie Ngoué']);
    expect((await service.graphql(INSUREES, { filter: { gender: 'female' } })).errors?.[0]).toMatchObject({
      message: '"female" is not a gender code (M, F, O)',
      extensions: { code: 'BAD_USER_INPUT', argument: 'filter.gender', reason: 'UNKNOWN_CODE', codes: ['M', 'F', 'O'] },
    });
    expect((await service.data(FAMILIES, { filter: { familyType: 'h' } })).families.totalCount).toBe(0);
    expect((await service.graphql(FAMILIES, { filter: { familyType: 'Household' } })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'filter.familyType',
    });
    const { insurees } = await service.data(INSUREES, { filter: { insuranceNumber: numbers['राम श्रेष्ठ'] } });
    const id = insurees.edges[0].node.id;
    await service.data(CHANGE_STATUS, { input: { id, status: 'INACTIVE', reasonCode: 'MOV' } });
    expect(names(await search({ status: 'INACTIVE' }))).toEqual(['राम श्रेष्ठ']);
    expect((await service.graphql(INSUREES, { filter: { locationId: 'not-a-uuid' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.locationId' });
  });

  it('pages in registration order and counts within the caller scope', async () => {
    const first = (await service.data(INSUREES, { filter: {}, first: 2 })).insurees;
    expect(first).toMatchObject({ totalCount: 7, pageInfo: { hasNextPage: true } });
    const rest = (await service.data(INSUREES, { filter: {}, first: 10, after: first.pageInfo.endCursor })).insurees;
    expect(rest.edges).toHaveLength(5);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const districtTwo = await authority.headers({ rights: [101101, 101001], districtIds: [places.district2.id] });
    expect(names((await service.data(INSUREES, { filter: { name: 'ngoue' } }, districtTwo)).insurees)).toEqual(['Paul NGOUEMA']);
    const families = (await service.data(FAMILIES, { filter: {} }, districtTwo)).families;
    expect(families.totalCount).toBe(1);
    const officer = await authority.headers({ rights: [101101], villageIds: [places.village2.id] });
    expect((await service.data(INSUREES, { filter: {} }, officer)).insurees.totalCount).toBe(2);
  });
});
