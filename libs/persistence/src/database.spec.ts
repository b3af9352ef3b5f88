import { databaseServerUrl, databaseUrl, withPassword } from './index';

describe('withPassword', () => {
  it('puts the password into the URL, escaped, and keeps the rest', () => {
    const password = 'p@ss:w/rd%#?&ü';
    const url = new URL(withPassword('postgres://imis_location@postgres:5432/imis_location', password));
    expect(decodeURIComponent(url.password)).toBe(password);
    expect(url.username).toBe('imis_location');
    expect(url.host).toBe('postgres:5432');
    expect(new URL(databaseUrl(url.toString(), 'other')).password).toBe(url.password);
  });

  it('leaves the URL alone without a password', () => {
    expect(withPassword('postgres://postgres@127.0.0.1:5432/postgres', undefined)).toBe('postgres://postgres@127.0.0.1:5432/postgres');
    expect(databaseServerUrl({ DATABASE_URL: 'postgres://a:inline@db/x' })).toBe('postgres://a:inline@db/x');
  });

  it('lets DATABASE_PASSWORD replace a password already in the URL', () => {
    expect(new URL(databaseServerUrl({ DATABASE_URL: 'postgres://a:old@db/x', DATABASE_PASSWORD: 'new' })).password).toBe('new');
  });
});
