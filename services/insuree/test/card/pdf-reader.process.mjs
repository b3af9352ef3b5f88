// Reads and renders a PDF with pdf.js and a Skia canvas, both npm packages, so the card tests need no
// system tool. A child process of its own because pdfjs-dist ships only ES modules, which the CommonJS
// Jest of this repo cannot load. Used through pdf-reader.ts:
//   node pdf-reader.process.mjs describe <file.pdf>                    prints the document as JSON (see pdf-reader.ts)
//   node pdf-reader.process.mjs render <file.pdf> <page> <dpi> <out.png>   rasterises one page (1-based) to PNG
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument, ImageKind, OPS, PDFDateString } from 'pdfjs-dist/legacy/build/pdf.mjs';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const IMAGE_OPERATORS = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat]);

async function open(path) {
  return getDocument({
    data: new Uint8Array(await readFile(path)),
    // pdfkit's Helvetica is a standard font it does not embed: pdf.js draws it from its own copies.
    standardFontDataUrl: join(pdfjsRoot, 'standard_fonts/'),
    cMapUrl: join(pdfjsRoot, 'cmaps/'),
    verbosity: 0,
  }).promise;
}

/** The decoded pixels of an image pdf.js paints, as RGBA (jsQR and pixel counts read RGBA). */
function rgbaOf({ width, height, data, kind }) {
  if (kind === ImageKind.RGBA_32BPP) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // 1-bit images (kind GRAYSCALE_1BPP) are not drawn by the card layouts: refuse rather than misread them.
  if (kind !== ImageKind.RGB_24BPP) throw new Error(`pdf-reader: image kind ${kind} is not supported`);
  const rgba = Buffer.alloc(width * height * 4, 255);
  for (let pixel = 0; pixel < width * height; pixel++) rgba.set(data.subarray(pixel * 3, pixel * 3 + 3), pixel * 4);
  return rgba;
}

/** An image object pdf.js decodes in its worker: asked for with a callback, which waits until it arrives. */
function imageObject(page, reference) {
  if (typeof reference !== 'string') return reference;
  const objects = reference.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => objects.get(reference, resolve));
}

async function imagesOf(page) {
  const operators = await page.getOperatorList();
  const images = [];
  for (const [index, fn] of operators.fnArray.entries()) {
    if (!IMAGE_OPERATORS.has(fn)) continue;
    const image = await imageObject(page, operators.argsArray[index][0]);
    // An image pdf.js hands over as a bitmap (none in Node today) carries no pixels to read.
    if (image?.data) images.push({ width: image.width, height: image.height, rgba: rgbaOf(image).toString('base64') });
  }
  return images;
}

async function describe(path) {
  const document = await open(path);
  const { info } = await document.getMetadata();
  const pages = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const { width, height } = page.getViewport({ scale: 1 });
    const { items } = await page.getTextContent();
    const text = items.map((item) => `${item.str}${item.hasEOL ? '\n' : ''}`).join(' ');
    pages.push({ width, height, text, images: await imagesOf(page) });
  }
  const creationDate = info.CreationDate ? PDFDateString.toDateObject(info.CreationDate)?.toISOString() ?? null : null;
  return { pageCount: document.numPages, title: info.Title ?? null, creationDate, pages };
}

async function render(path, number, dpi, out) {
  const document = await open(path);
  const page = await document.getPage(number);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  // Paper is white; a bare canvas is transparent black.
  context.fillStyle = 'white';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas, canvasContext: context, viewport }).promise;
  await writeFile(out, await canvas.encode('png'));
}

const [command, path, ...rest] = process.argv.slice(2);
if (command === 'describe') process.stdout.write(JSON.stringify(await describe(path)));
else if (command === 'render') await render(path, Number(rest[0]), Number(rest[1]), rest[2]);
else {
  process.stderr.write('usage: node pdf-reader.process.mjs describe <file.pdf> | render <file.pdf> <page> <dpi> <out.png>\n');
  process.exitCode = 2;
}
