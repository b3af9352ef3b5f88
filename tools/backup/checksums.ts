import { createHash } from 'crypto';
import { createReadStream, readdirSync, statSync } from 'fs';
import { join, relative, sep } from 'path';
import type { Part } from './manifest';

export async function fileDigest(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** Every regular file under `root`, relative and `/`-separated, in a stable order. */
export function filesUnder(root: string): string[] {
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

/** A directory's digest: of each file's path and digest, so a renamed, changed, added or missing file shows. */
export async function directoryDigest(root: string): Promise<{ sha256: string; bytes: number; files: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const files = filesUnder(root);
  for (const file of files) {
    const digest = await fileDigest(join(root, file));
    hash.update(`${file}\0${digest.sha256}\n`);
    bytes += digest.bytes;
  }
  return { sha256: hash.digest('hex'), bytes, files: files.length };
}

/** Fails when a part of the backup is not what the manifest says it is. */
export async function verifyPart(backup: string, part: Part): Promise<void> {
  const path = join(backup, part.path);
  const isDirectory = statSync(path, { throwIfNoEntry: false })?.isDirectory();
  const digest = isDirectory ? await directoryDigest(path) : await fileDigest(path).catch(() => undefined);
  if (!digest) throw new Error(`${part.path}: missing from the backup`);
  if (digest.sha256 !== part.sha256) throw new Error(`${part.path}: checksum ${digest.sha256} differs from the manifest's ${part.sha256} (damaged or changed backup)`);
}
