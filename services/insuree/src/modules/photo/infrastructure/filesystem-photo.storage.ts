import { mkdir, readFile, rename, writeFile } from 'fs/promises';
import { dirname, resolve, sep } from 'path';
import { randomBytes } from 'crypto';
import { PhotoStorage } from '../application/photo-storage';

/** Photos as files under one directory; a file is written to a temporary name, then renamed into place. */
export class FilesystemPhotoStorage extends PhotoStorage {
  private readonly root: string;

  constructor(directory: string) {
    super();
    this.root = resolve(directory);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`photo key outside the storage directory: ${key}`);
    return path;
  }
}
