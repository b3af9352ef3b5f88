import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { CardHolder } from '../../src/modules/card/domain/card-holder';

const run = promisify(execFile);

export const PHOTO_COLOUR = { r: 196, g: 48, b: 43 };

/** A 60×80 PNG in one colour with a 4-pixel white frame, like a small passport photo. */
export function photoPng(): Buffer {
  const png = new PNG({ width: 60, height: 80 });
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const frame = x < 4 || y < 4 || x >= png.width - 4 || y >= png.height - 4;
      const offset = (y * png.width + x) * 4;
      png.data[offset] = frame ? 255 : PHOTO_COLOUR.r;
      png.data[offset + 1] = frame ? 255 : PHOTO_COLOUR.g;
      png.data[offset + 2] = frame ? 255 : PHOTO_COLOUR.b;
      png.data[offset + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

export function holder(overrides: Partial<CardHolder> = {}): CardHolder {
  return {
    insureeId: '4b1b7f5e-3d0f-4a8e-9c59-2f7f1f0b7a01',
    insuranceNumber: '070707070',
    lastName: 'Mwakyusa',
    otherNames: 'Neema Grace',
    birthDate: '1988-04-17',
    gender: 'F',
    familyId: 'a5d2c1f0-77b4-4b7e-8f0e-0d6c0c2f9e11',
    isHead: true,
    villageName: 'Rachla',
    photo: null,
    ...overrides,
  };
}

/** Rasterises page `page` (1-based) at 300 dpi with pdftoppm. */
export async function rasterise(pdfPath: string, page: number): Promise<PNG> {
  const prefix = join(dirname(pdfPath), `${basename(pdfPath, '.pdf')}-page-${page}`);
  await run('pdftoppm', ['-png', '-r', '300', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, prefix]);
  return PNG.sync.read(await readFile(`${prefix}.png`));
}

/** The text of page `page` with pdftotext, whitespace collapsed. */
export async function pageText(pdfPath: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), pdfPath, '-']);
  return stdout.replace(/\s+/g, ' ').trim();
}

/** The QR codes among the images embedded in the PDF (extracted with pdfimages), decoded, by page. */
export async function embeddedQrCodes(pdfPath: string): Promise<Map<number, string[]>> {
  const prefix = join(dirname(pdfPath), `${basename(pdfPath, '.pdf')}-image`);
  await run('pdfimages', ['-png', '-p', pdfPath, prefix]);
  const codes = new Map<number, string[]>();
  for (const file of (await readdir(dirname(pdfPath))).filter((name) => name.startsWith(basename(prefix))).sort()) {
    const page = Number(/-(\d+)-\d+\.png$/.exec(file)?.[1]);
    const data = decodeQr(PNG.sync.read(await readFile(join(dirname(pdfPath), file))));
    if (data) codes.set(page, [...(codes.get(page) ?? []), data]);
  }
  return codes;
}

export function decodeQr(png: PNG): string | null {
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? null;
}

/** How many pixels are within `tolerance` of the colour on every channel. */
export function pixelsOf(png: PNG, colour: { r: number; g: number; b: number }, tolerance = 12): number {
  let count = 0;
  for (let offset = 0; offset < png.data.length; offset += 4) {
    const near =
      Math.abs(png.data[offset] - colour.r) <= tolerance &&
      Math.abs(png.data[offset + 1] - colour.g) <= tolerance &&
      Math.abs(png.data[offset + 2] - colour.b) <= tolerance;
    if (near) count++;
  }
  return count;
}

export async function pdfInfo(pdfPath: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', ['-isodates', pdfPath]);
  return Object.fromEntries(stdout.split('\n').filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
}

export async function imagesIn(pdfPath: string): Promise<{ page: number; type: string; width: number; height: number }[]> {
  const { stdout } = await run('pdfimages', ['-list', pdfPath]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s+/))
    .map((columns) => ({ page: Number(columns[0]), type: columns[2], width: Number(columns[3]), height: Number(columns[4]) }));
}
