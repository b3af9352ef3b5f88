import { fieldsOf, sentOver } from './sent-over';

describe('sentOver', () => {
  const current = { lastName: 'Doe', email: 'jd@example.org', phone: '+255 700', language: 'fr' };

  it('keeps absent fields, takes the sent ones and clears those sent as null', () => {
    expect(sentOver<{ lastName?: string | null; email?: string | null; phone?: string | null; language?: string | null }>(current, { lastName: 'Dow', phone: null, email: undefined })).toEqual({
      lastName: 'Dow',
      email: 'jd@example.org',
      phone: null,
      language: 'fr',
    });
  });

  it('picks only the named fields of a record', () => {
    expect(fieldsOf({ ...current, id: 'u1', version: 3 }, ['lastName', 'language'])).toEqual({ lastName: 'Doe', language: 'fr' });
  });
});
