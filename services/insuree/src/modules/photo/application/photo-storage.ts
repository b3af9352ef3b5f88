/**
 * Where photo bytes live (filesystem by default; a scheme may bind another, e.g. object storage). Keys are
 * relative paths without "..", chosen by the service.
 */
export abstract class PhotoStorage {
  abstract put(key: string, bytes: Buffer): Promise<void>;
  abstract get(key: string): Promise<Buffer>;
}
