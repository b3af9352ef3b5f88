import { deflateSync } from 'node:zlib';
import { isIntactPng } from './png-integrity';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const header = chunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]));
const png = (idat: Buffer) => Buffer.concat([signature, header, chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);

describe('isIntactPng', () => {
  it('accepts a PNG whose pixel data inflates', () => {
    expect(isIntactPng(png(deflateSync(Buffer.from([0, 255, 0, 0, 255]))))).toBe(true);
  });

  it('refuses corrupt pixel data, a truncated file and what is not a PNG', () => {
    const intact = png(deflateSync(Buffer.from([0, 255, 0, 0, 255])));
    expect(isIntactPng(png(Buffer.from([0x78, 0x9c, 0x55, 0x55, 0x55, 0x55])))).toBe(false);
    expect(isIntactPng(intact.subarray(0, intact.length - 20))).toBe(false);
    expect(isIntactPng(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe(false);
  });
});
