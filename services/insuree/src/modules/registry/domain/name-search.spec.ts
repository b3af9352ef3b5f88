import { NAME_SEARCH_MAX_WORDS, nameSearchWords } from './name-search';

describe('nameSearchWords', () => {
  it('splits on spaces, hyphens and apostrophes of every kind', () => {
    expect(nameSearchWords('  Ngoué   Élodie ')).toEqual({ ok: true, words: ['Ngoué', 'Élodie'] });
    expect(nameSearchWords('Marie-Claire')).toEqual({ ok: true, words: ['Marie', 'Claire'] });
    expect(nameSearchWords('Marie‐Claire')).toEqual({ ok: true, words: ['Marie', 'Claire'] });
    expect(nameSearchWords("N'Guessan Aya")).toEqual({ ok: true, words: ['N', 'Guessan', 'Aya'] });
    expect(nameSearchWords('N’Guessan')).toEqual({ ok: true, words: ['N', 'Guessan'] });
    expect(nameSearchWords('Ngoué, Élodie')).toEqual({ ok: true, words: ['Ngoué', 'Élodie'] });
  });

  it('keeps scripts without case or spaces between marks whole', () => {
    expect(nameSearchWords('सीता श्रेष्ठ')).toEqual({ ok: true, words: ['सीता', 'श्रेष्ठ'] });
  });

  it('drops repeated words and answers no word for a blank term', () => {
    expect(nameSearchWords('Karki karki KARKI')).toEqual({ ok: true, words: ['Karki'] });
    expect(nameSearchWords('   ')).toEqual({ ok: true, words: [] });
  });

  it('refuses a term of separators only: it names nobody', () => {
    expect(nameSearchWords(' - \' ')).toEqual({ ok: false, reason: 'NO_WORDS' });
    expect(nameSearchWords('..,;')).toEqual({ ok: false, reason: 'NO_WORDS' });
  });

  it('keeps LIKE wildcards as plain characters for the query to escape', () => {
    expect(nameSearchWords('100%_')).toEqual({ ok: true, words: ['100%_'] });
  });

  it('refuses a term of more words than a name has', () => {
    const term = Array.from({ length: NAME_SEARCH_MAX_WORDS + 1 }, (_, index) => `w${index}`).join(' ');
    expect(nameSearchWords(term)).toEqual({ ok: false, reason: 'TOO_MANY_WORDS', maxWords: NAME_SEARCH_MAX_WORDS });
    expect(nameSearchWords(term.split(' ').slice(1).join(' '))).toMatchObject({ ok: true });
  });
});
