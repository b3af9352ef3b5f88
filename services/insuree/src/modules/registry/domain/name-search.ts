/**
 * How a name search term is read: each word must occur in the full name (other names and last name), in any
 * order, so "Ngoué Élodie", "elodie ngoue" and "claire" (of "Marie-Claire") all find Élodie Ngoué or
 * Marie-Claire. Words are separated by spaces, hyphens, apostrophes, commas and full stops, which names
 * carry in varied ways ("N'Guessan", "N’Guessan", "Ngoué, Élodie").
 */
const WORD_SEPARATORS = /[\s\-\u2010-\u2015\u2212'\u2018\u2019\u02bc\u0060\u00b4,.;:/]+/u;

/** More words than a name has: a term beyond it is not a name (each word is one more index condition). */
export const NAME_SEARCH_MAX_WORDS = 8;

export type NameSearchTerm =
  | { ok: true; words: string[] }
  | { ok: false; reason: 'TOO_MANY_WORDS'; maxWords: number }
  | { ok: false; reason: 'NO_WORDS' };

/**
 * The distinct words of a term (case-insensitively distinct), in the order typed; none for a blank term. A term of
 * separators only ("-", "..") is refused: it names nobody, and searching without it would list everyone.
 */
export function nameSearchWords(term: string): NameSearchTerm {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of term.split(WORD_SEPARATORS)) {
    const key = word.toLowerCase();
    if (word === '' || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  if (words.length === 0 && term.trim() !== '') return { ok: false, reason: 'NO_WORDS' };
  return words.length > NAME_SEARCH_MAX_WORDS ? { ok: false, reason: 'TOO_MANY_WORDS', maxWords: NAME_SEARCH_MAX_WORDS } : { ok: true, words };
}
