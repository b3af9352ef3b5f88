import { type DomainError, ok, refused, type Result } from '@imis/kernel';

export const NOTE_TEXT_MAX_LENGTH = 200;

/** Every refusal of the note domain, with its stable code (documented in the service README). */
export const noteErrors = {
  textInvalid: (): DomainError => ({
    code: 'NOTE_TEXT_INVALID',
    message: `The text is required and must have at most ${NOTE_TEXT_MAX_LENGTH} characters`,
    field: 'text',
  }),
};

/** A note's text as kept: trimmed, not blank, at most NOTE_TEXT_MAX_LENGTH characters. */
export function noteText(raw: string): Result<string> {
  const text = raw.trim();
  return text.length === 0 || text.length > NOTE_TEXT_MAX_LENGTH ? refused(noteErrors.textInvalid()) : ok(text);
}
