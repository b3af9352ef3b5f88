/**
 * Restoring streams under another event prefix (a test's own, or a second copy of the platform): every subject
 * saved under the old prefix is moved under the new one. A subject outside the old prefix is refused rather than
 * restored where no service would look for it.
 */
export function reprefixSubject(subject: string, from: string, to: string): string {
  if (!subject.startsWith(from)) throw new Error(`subject "${subject}" is not under the backup's event prefix "${from}"`);
  return `${to}${subject.slice(from.length)}`;
}

/** Dead letters name their original subject and stream in headers: moved like the subjects. */
export function reprefixHeader(name: string, value: string, from: string, to: string, streamNames: ReadonlyMap<string, string>): string {
  if (from === to) return value;
  if (name === 'Imis-Original-Subject' && value.startsWith(from)) return reprefixSubject(value, from, to);
  if (name === 'Imis-Original-Stream') return streamNames.get(value) ?? value;
  return value;
}
