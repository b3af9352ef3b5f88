import { createHash, type Hash } from 'crypto';

/**
 * What a clientMutationId was first used for: a SHA-256 of the operation and its input in canonical form
 * (object keys sorted, absent and undefined members left out, bytes and dates by value), so a retry of the
 * same request matches whatever order its fields came in, and another request under the same key does not.
 */
export function clientMutationFingerprint(operation: string, input: unknown): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(operation));
  writeCanonical(hash, input);
  return hash.digest('hex');
}

function writeCanonical(hash: Hash, value: unknown): void {
  if (value === undefined || value === null) return void hash.update('null');
  if (value instanceof Date) return void hash.update(`date:${value.toISOString()}`);
  if (ArrayBuffer.isView(value)) {
    hash.update(`bytes:${value.byteLength}:`);
    return void hash.update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  }
  if (Array.isArray(value)) {
    hash.update('[');
    for (const item of value) {
      writeCanonical(hash, item);
      hash.update(',');
    }
    return void hash.update(']');
  }
  if (typeof value === 'object') {
    hash.update('{');
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member === undefined || typeof member === 'function') continue;
      hash.update(`${JSON.stringify(key)}:`);
      writeCanonical(hash, member);
      hash.update(',');
    }
    return void hash.update('}');
  }
  hash.update(typeof value === 'bigint' ? `${value}n` : JSON.stringify(value));
}
