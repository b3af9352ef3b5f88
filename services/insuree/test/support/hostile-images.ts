import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/**
 * Images a hostile client sends (issue 10, item 1), made here rather than committed: each passes a check
 * of its first bytes, and only decoding it tells what it is.
 */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG with 8-bit RGBA pixels (colour type 6: pdfkit decodes those itself, in a zlib callback). */
function rgbaPng(width: number, height: number, zlibData: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlibData), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * 68 bytes: one RGBA pixel whose row filter byte is 5 (filters are 0 to 4). Its chunks are well formed
 * and its data inflates; pdfkit's PNG decoder threw "Invalid filter algorithm" inside a zlib callback
 * and the process exited.
 */
export function badFilterPng(): Buffer {
  return rgbaPng(1, 1, deflateSync(Buffer.from([5, 0, 0, 0, 0])));
}

/**
 * A decompression bomb: width × height transparent RGBA pixels (16384 × 16000 by default, 1 GB once
 * inflated) in about 1 MB. The zlib stream repeats one compressed megabyte of zeros (each piece ends
 * on a full flush, so the pieces chain), and closes with the Adler-32 of all those zeros.
 */
export function pngBomb(width = 16_384, height = 16_000): Buffer {
  const inflated = height * (width * 4 + 1);
  const piece = 1 << 20;
  const pieces = Math.floor(inflated / piece);
  const repeated = deflateRawSync(Buffer.alloc(piece), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(inflated - pieces * piece), { level: 9 });
  // Adler-32 of n zero bytes: a stays 1, b grows by 1 per byte.
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((inflated % 65521) << 16) | 1) >>> 0);
  return rgbaPng(width, height, Buffer.concat([Buffer.from([0x78, 0xda]), ...Array<Buffer>(pieces).fill(repeated), last, adler]));
}

/** The JPEG signature, then a web page: a check of the first bytes calls it a JPEG. */
export function jpegMagicWithHtml(): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>')]);
}

/** A PNG 12,000 pixels wide and 1 high: few pixels, one side over the limit. */
export function overwidePng(): Promise<Buffer> {
  return sharp({ create: { width: 12_000, height: 1, channels: 3, background: '#808080' } }).png().toBuffer();
}

/** A camera JPEG in one colour, `width` × `height` as stored by the sensor, with EXIF orientation and GPS-like metadata. */
export function cameraJpeg(width: number, height: number, colour = '#c4302b'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg({ quality: 80 })
    .withMetadata({ orientation: 6, exif: { IFD0: { Make: 'Phone', Model: 'Camera 12', Copyright: 'serial 0042' } } })
    .toBuffer();
}
