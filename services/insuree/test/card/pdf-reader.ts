import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';

const run = promisify(execFile);
const script = join(__dirname, 'pdf-reader.process.mjs');

export interface PdfImage {
  width: number;
  height: number;
  /** The decoded pixels, as pdf.js paints them (an alpha mask already applied). */
  png: PNG;
}

export interface PdfPage {
  /** In points. */
  width: number;
  height: number;
  /** The page's text, whitespace collapsed. */
  text: string;
  /** The images painted on the page, in drawing order. */
  images: PdfImage[];
}

export interface PdfDocument {
  pageCount: number;
  title: string | null;
  creationDate: Date | null;
  pages: PdfPage[];
}

interface Described extends Omit<PdfDocument, 'creationDate' | 'pages'> {
  creationDate: string | null;
  pages: (Omit<PdfPage, 'images'> & { images: { width: number; height: number; rgba: string }[] })[];
}

/** Reads `pdfPath` with pdf.js (in a child process: see pdf-reader.process.mjs): metadata, text and images per page. */
export async function readPdf(pdfPath: string): Promise<PdfDocument> {
  const { stdout } = await run(process.execPath, [script, 'describe', pdfPath], { maxBuffer: 256 * 1024 * 1024 });
  const described = JSON.parse(stdout) as Described;
  return {
    ...described,
    creationDate: described.creationDate === null ? null : new Date(described.creationDate),
    pages: described.pages.map((page) => ({
      ...page,
      text: page.text.replace(/\s+/g, ' ').trim(),
      images: page.images.map(({ width, height, rgba }) => ({ width, height, png: pngOf(width, height, Buffer.from(rgba, 'base64')) })),
    })),
  };
}

/** Rasterises page `page` (1-based) at `dpi` on white, as a printer would. */
export async function rasterise(pdfPath: string, page: number, dpi = 300): Promise<PNG> {
  const out = join(dirname(pdfPath), `${basename(pdfPath, '.pdf')}-page-${page}.png`);
  await run(process.execPath, [script, 'render', pdfPath, String(page), String(dpi), out]);
  return PNG.sync.read(await readFile(out));
}

function pngOf(width: number, height: number, rgba: Buffer): PNG {
  const png = new PNG({ width, height });
  rgba.copy(png.data);
  return png;
}
