import { type Entry, fromBuffer, type Options, type ZipFile } from 'yauzl';

/** A workbook that would inflate beyond the cap (declared sizes, or entries that inflate beyond what they declare). */
export class WorkbookTooLargeUncompressed extends Error {
  constructor(readonly maxBytes: number) {
    super(`the workbook is larger than ${maxBytes} bytes uncompressed`);
  }
}

const OPTIONS: Options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false };

/**
 * Refuses an XLSX (a zip) whose entries add up to more than `maxBytes` once inflated, before the workbook
 * reader inflates it all in memory: the sizes the central directory declares are summed first, then each
 * entry is inflated as a stream and discarded, yauzl refusing any that inflates beyond its declared size. A
 * zip bomb costs at most `maxBytes` of inflation and one stream chunk of memory.
 * Throws WorkbookTooLargeUncompressed, or the zip library's error for bytes that are not a zip.
 */
export async function checkWorkbookInflation(content: Buffer, maxBytes: number): Promise<void> {
  const zip = await new Promise<ZipFile>((resolve, reject) => fromBuffer(content, OPTIONS, (error, file) => (error ? reject(error) : resolve(file))));
  try {
    const entries = await entriesOf(zip);
    const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (declared > maxBytes) throw new WorkbookTooLargeUncompressed(maxBytes);
    for (const entry of entries) await drain(zip, entry, maxBytes);
  } finally {
    zip.close();
  }
}

function entriesOf(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

function drain(zip: ZipFile, entry: Entry, maxBytes: number): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      stream.on('data', () => undefined);
      stream.once('end', resolve);
      // yauzl's "too many bytes in the stream": the entry inflates beyond what the directory declared.
      stream.once('error', (streamError: Error) =>
        reject(/too many bytes/i.test(streamError.message) ? new WorkbookTooLargeUncompressed(maxBytes) : streamError),
      );
    });
  });
}
