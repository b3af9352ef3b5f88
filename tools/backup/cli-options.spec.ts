import { backupOptions, restoreOptions } from './cli-options';

describe('backup and restore options', () => {
  it('backs up into var/backups, or BACKUP_DIR, or --out, under EVENT_PREFIX unless --prefix says otherwise', () => {
    expect(backupOptions([], {})).toEqual({ out: 'var/backups', databases: new Map(), directories: new Map() });
    expect(backupOptions([], { BACKUP_DIR: '/srv/backups', EVENT_PREFIX: 't1.' })).toMatchObject({ out: '/srv/backups', prefix: 't1.' });
    expect(backupOptions(['--out', '/b', '--prefix', ''], { EVENT_PREFIX: 't1.' })).toMatchObject({ out: '/b', prefix: '' });
  });

  it('reads database names by service and directories by service and variable', () => {
    const options = restoreOptions(['/b/x', '--database', 'insuree=imis_insuree_copy', '--database', 'claim=c', '--directory', 'insuree.PHOTO_DIR=/tmp/p=1', '--force'], {});
    expect(options).toEqual({
      from: '/b/x',
      force: true,
      noOwner: false,
      databases: new Map([
        ['insuree', 'imis_insuree_copy'],
        ['claim', 'c'],
      ]),
      directories: new Map([['insuree.PHOTO_DIR', '/tmp/p=1']]),
    });
  });

  it('refuses malformed pairs, a name given twice, a bad prefix and a missing backup directory', () => {
    expect(() => backupOptions(['--database', 'insuree'], {})).toThrow('--database insuree: expected <service>=<database name>');
    expect(() => backupOptions(['--database', 'insuree=Bad-Name'], {})).toThrow('expected <service>=<database name>');
    expect(() => backupOptions(['--directory', 'insuree=/p'], {})).toThrow('expected <service>.<VARIABLE>=<path>');
    expect(() => backupOptions(['--database', 'a=x', '--database', 'a=y'], {})).toThrow('--database a given twice');
    expect(() => backupOptions(['--prefix', 'T1'], {})).toThrow('event prefix "T1"');
    expect(() => restoreOptions([], {})).toThrow('usage: npm run restore');
    expect(() => backupOptions(['--unknown'], {})).toThrow();
  });
});
