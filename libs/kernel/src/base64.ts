const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Base64 as clients send it (line breaks and spaces allowed) reduced to its characters. */
function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** How many bytes a base64 text decodes to, computed without decoding it (to refuse an oversized upload first). */
export function base64DecodedLength(text: string): number {
  const characters = compact(text);
  const padding = characters.endsWith('==') ? 2 : characters.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((characters.length * 3) / 4) - padding);
}

/** The bytes of a base64 text, or null when it is not base64 (other characters, or a length no encoder makes). */
export function decodeBase64(text: string): Buffer | null {
  const characters = compact(text);
  if (characters.length % 4 === 1 || !BASE64.test(characters)) return null;
  return Buffer.from(characters, 'base64');
}
