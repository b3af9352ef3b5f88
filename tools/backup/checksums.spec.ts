import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { directoryDigest, filesUnder, verifyPart } from './checksums';

describe('backup checksums', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'imis-checksums-'));
    mkdirSync(join(root, 'photos/ab'), { recursive: true });
    writeFileSync(join(root, 'photos/ab/1.jpg'), 'one');
    writeFileSync(join(root, 'photos/2.png'), 'two');
    writeFileSync(join(root, 'db.dump'), 'dump');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lists the files of a directory in a stable order, relative to it', () => {
    expect(filesUnder(join(root, 'photos'))).toEqual(['2.png', 'ab/1.jpg']);
  });

  it('changes a directory’s digest when a file is renamed, and counts its files and bytes', async () => {
    const before = await directoryDigest(join(root, 'photos'));
    expect(before).toMatchObject({ files: 2, bytes: 6 });
    renameSync(join(root, 'photos/2.png'), join(root, 'photos/3.png'));
    expect((await directoryDigest(join(root, 'photos'))).sha256).not.toBe(before.sha256);
  });

  it('accepts an intact part and names a changed or missing one', async () => {
    const photos = { path: 'photos', ...(await directoryDigest(join(root, 'photos'))) };
    await expect(verifyPart(root, photos)).resolves.toBeUndefined();
    writeFileSync(join(root, 'photos/2.png'), 'tw0');
    await expect(verifyPart(root, photos)).rejects.toThrow('photos: checksum');
    await expect(verifyPart(root, { path: 'gone.dump', sha256: 'x', bytes: 1 })).rejects.toThrow('gone.dump: missing from the backup');
  });
});
