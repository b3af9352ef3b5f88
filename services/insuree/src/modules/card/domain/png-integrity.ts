import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function isPng(bytes: Buffer): boolean {
  return bytes.subarray(0, 8).equals(SIGNATURE);
}

/**
 * Whether a PNG's chunks are well formed and its pixel data inflates. pdfkit inflates PNGs with an alpha
 * channel in an asynchronous callback and throws there when the data is corrupt, which would crash the
 * process: such a photo must be refused before it reaches pdfkit.
 */
export function isIntactPng(bytes: Buffer): boolean {
  if (!isPng(bytes)) return false;
  const data: Buffer[] = [];
  let offset = SIGNATURE.length;
  let ended = false;
  while (!ended && offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (offset + 12 + length > bytes.length) return false;
    if (type === 'IDAT') data.push(bytes.subarray(offset + 8, offset + 8 + length));
    ended = type === 'IEND';
    offset += 12 + length;
  }
  if (!ended || data.length === 0) return false;
  try {
    inflateSync(Buffer.concat(data));
    return true;
  } catch {
    return false;
  }
}
