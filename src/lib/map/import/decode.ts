/**
 * Bytes of a spreadsheet export → text. Spreadsheet programs save CSV as
 * UTF-8 (with or without a BOM), as the Windows code page (Excel's plain
 * "CSV") or as UTF-16 ("Unicode text"). A BOM or the pattern of zero bytes
 * tells UTF-16 apart; text that is not valid UTF-8 is read as Windows-1252
 * and the caller says so, so a wrong guess is never silent.
 */

export const ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** How the encoding was chosen, for the report. */
  how: 'named' | 'byte order mark' | 'zero bytes' | 'valid UTF-8' | 'not valid UTF-8';
}

export class EncodingError extends Error {}

const ALIASES: Record<string, Encoding> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  cp1252: 'windows-1252',
  'windows-1252': 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  ansi: 'windows-1252',
  utf16: 'utf-16le',
  'utf-16': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16le': 'utf-16le',
  utf16be: 'utf-16be',
  'utf-16be': 'utf-16be',
};

/** "UTF8", "cp1252", "latin1" → the encoding; undefined for one the importer cannot read. */
export function encodingByName(name: string): Encoding | undefined {
  return ALIASES[name.trim().toLowerCase()];
}

function decodeWith(bytes: Uint8Array, encoding: Encoding, fatal: boolean): string {
  // ignoreBOM: false (the default) drops a BOM that matches the encoding.
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

/** UTF-16 without a BOM: most characters of a CSV are ASCII, so every other byte is zero. */
function zeroBytePattern(bytes: Uint8Array): Encoding | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4000);
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.4 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.4 && odd < half * 0.05) return 'utf-16be';
  return undefined;
}

export function decodeBytes(bytes: Uint8Array, named?: Encoding): Decoded {
  if (named) {
    try {
      return { text: decodeWith(bytes, named, true), encoding: named, how: 'named' };
    } catch {
      throw new EncodingError(`the file is not valid ${named} (named with --encoding)`);
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeChecked(bytes, 'utf-8', 'byte order mark');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeChecked(bytes, 'utf-16le', 'byte order mark');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeChecked(bytes, 'utf-16be', 'byte order mark');
  const utf16 = zeroBytePattern(bytes);
  if (utf16) return decodeChecked(bytes, utf16, 'zero bytes');
  try {
    return { text: decodeWith(bytes, 'utf-8', true), encoding: 'utf-8', how: 'valid UTF-8' };
  } catch {
    return { text: decodeWith(bytes, 'windows-1252', false), encoding: 'windows-1252', how: 'not valid UTF-8' };
  }
}

function decodeChecked(bytes: Uint8Array, encoding: Encoding, how: Decoded['how']): Decoded {
  try {
    return { text: decodeWith(bytes, encoding, true), encoding, how };
  } catch {
    throw new EncodingError(`the file starts like ${encoding} (${how}) but is not valid ${encoding}; name its encoding with --encoding`);
  }
}
