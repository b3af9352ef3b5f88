import { NOTE_TEXT_MAX_LENGTH, noteText } from './note-text';

describe('note text', () => {
  it('keeps the text trimmed', () => {
    expect(noteText('  Visit the ward on Monday ')).toEqual({ ok: true, value: 'Visit the ward on Monday' });
  });

  it('refuses a blank text and one longer than the limit', () => {
    for (const raw of ['   ', 'x'.repeat(NOTE_TEXT_MAX_LENGTH + 1)]) {
      expect(noteText(raw)).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'NOTE_TEXT_INVALID', field: 'text' })] });
    }
  });
});
