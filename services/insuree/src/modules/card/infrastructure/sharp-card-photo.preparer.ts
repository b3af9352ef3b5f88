import sharp from 'sharp';
import type { CardPhoto } from '../domain/card-holder';

// libvips' operation cache keeps recent results in memory; a card's photo is decoded once, so it only costs.
sharp.cache(false);

/** What a stored photo may be for the card to decode it (the limits uploads have had since photos are re-encoded). */
const MAX_PIXELS = 25_000_000;
const MAX_SIDE = 10_000;
/** The card's photo box is 54 × 72 pt: 225 × 300 pixels at 300 dpi, twice that for sharp prints. */
const PRINT_BOX = { width: 450, height: 600 };

/**
 * A stored photo as the card embeds it: decoded and re-encoded by libvips (sharp) into a baseline JPEG,
 * which pdfkit copies into the PDF without decoding it. Photos stored before uploads were re-encoded may
 * be anything that starts like a JPEG or PNG (a PNG whose rows pdfkit's decoder throws on, a 1 MB PNG that
 * inflates to 1 GB): their header is read first, and an image over the limits or that does not decode
 * is refused, with the reason.
 */
export async function prepareCardPhoto(photo: CardPhoto): Promise<{ photo: CardPhoto } | { refused: string }> {
  try {
    const { format, width = 0, height = 0 } = await sharp(photo.bytes, { limitInputPixels: false }).metadata();
    if (format !== 'jpeg' && format !== 'png') return { refused: `a ${format} image, not a JPEG or PNG` };
    if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) return { refused: `${width} × ${height} pixels, over the limits` };
    const bytes = await sharp(photo.bytes, { limitInputPixels: MAX_PIXELS })
      .autoOrient()
      .resize({ ...PRINT_BOX, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 90, chromaSubsampling: '4:4:4' })
      .toBuffer();
    return { photo: { bytes, contentType: 'image/jpeg' } };
  } catch (error) {
    return { refused: `it does not decode (${(error as Error).message.split('\n')[0]})` };
  }
}
