// Bytes -> string, with what we know about the encoding. Pure: no file access.
//
// Order of trust: a BOM (UTF-8, UTF-16LE/BE) > valid UTF-8 > a confident chardet guess among
// single-byte legacy encodings (flagged as guessed, with a warning) > refusal. Nothing is ever
// decoded with replacement characters: if bytes cannot be decoded cleanly the file is refused.

import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { DecodeFailure, DecodeResult } from './types.js';

/** chardet confidence (0-100) needed before trusting a legacy-encoding guess. */
export const MIN_CONFIDENCE = 50;
/** bytes sampled for binary sniffing and for chardet (whole file is still decoded and checked). */
const SAMPLE_BYTES = 256 * 1024;

/** Encodings we accept from chardet: single-byte legacy code pages plus common CJK multi-byte ones. */
const ACCEPTED_GUESSES = new Set([
  'iso-8859-1',
  'iso-8859-2',
  'iso-8859-5',
  'iso-8859-6',
  'iso-8859-7',
  'iso-8859-8',
  'iso-8859-9',
  'windows-1250',
  'windows-1251',
  'windows-1252',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
  'windows-1257',
  'windows-1258',
  'koi8-r',
  'shift_jis',
  'euc-jp',
  'euc-kr',
  'big5',
  'gb18030',
]);

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function startsWith(b: Uint8Array, ...sig: number[]): boolean {
  if (b.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[i] !== sig[i]) return false;
  return true;
}

/** Why these bytes look binary (NUL bytes or mostly control bytes), or null if they look like text. */
export function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c === 0) return 'binary file (contains NUL bytes)';
    // C0 controls other than tab, LF, VT, FF, CR, ESC
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27) control++;
  }
  if (n > 0 && control / n > 0.1) return `binary file (${Math.round((100 * control) / n)}% control bytes)`;
  return null;
}

function decodeUtf16(bytes: Uint8Array, le: boolean): DecodeResult {
  const body = bytes.subarray(2);
  const name = le ? 'utf-16le' : 'utf-16be';
  if (body.length % 2 !== 0) return { ok: false, reason: `undecodable: ${name} with an odd number of bytes` };
  try {
    const text = new TextDecoder(name, { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text, encoding: name, encodingGuessed: false, bomBytes: 2, warnings: [] };
  } catch {
    return { ok: false, reason: `undecodable: ${name} BOM but invalid ${name} data` };
  }
}

/** Bytes a browser's prescan reads for a page's declared charset (HTML: the first 1024). */
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;

/**
 * The charset a saved page declares in its first 1024 bytes (`<meta charset="windows-1252">` or the http-equiv
 * Content-Type form), lower-cased, or undefined. Read as Latin-1: the declaration itself is ASCII in every encoding a
 * page can declare this way.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString(
    'latin1',
  );
  return META_CHARSET.exec(head)?.[1].toLowerCase();
}

/**
 * Decode file bytes to a string: BOM-aware, strict UTF-8, then the charset the file declares (`declared`, from a
 * page's <meta>), then a confident chardet guess; never lossy.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file (0 bytes)' };
  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) {
    return { ok: false, reason: 'undecodable: UTF-32 is not supported' };
  }
  if (startsWith(bytes, 0xff, 0xfe)) return decodeUtf16(bytes, true);
  if (startsWith(bytes, 0xfe, 0xff)) return decodeUtf16(bytes, false);
  const bom = startsWith(bytes, 0xef, 0xbb, 0xbf);
  const body = bom ? bytes.subarray(3) : bytes;
  const bin = binaryReason(body);
  if (bin) return { ok: false, reason: bin };
  try {
    const text = utf8Fatal.decode(body);
    return {
      ok: true,
      text,
      encoding: bom ? 'utf-8-bom' : 'utf-8',
      encodingGuessed: false,
      bomBytes: bom ? 3 : 0,
      warnings: [],
    };
  } catch {
    if (bom) return { ok: false, reason: 'undecodable: UTF-8 BOM but invalid UTF-8' };
  }
  return (declared && decodeDeclared(body, declared)) || guessLegacy(body);
}

/** A clean decode has no replacement characters and no C1 controls. */
const UNCLEAN = /[\uFFFD\u0080-\u009F]/;

/**
 * Decode as the file's own declared charset (not a guess), when iconv knows it and the result is clean; else null,
 * and the caller guesses. A page declaring ISO-8859-1 is read as Windows-1252, as browsers do (the WHATWG label map).
 */
function decodeDeclared(body: Uint8Array, declared: string): DecodeResult | null {
  const encoding =
    declared === 'iso-8859-1' || declared === 'latin1' || declared === 'us-ascii' ? 'windows-1252' : declared;
  if (encoding === 'utf-8' || encoding === 'utf8' || !iconv.encodingExists(encoding)) return null;
  const text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding);
  if (UNCLEAN.test(text)) return null;
  return { ok: true, text, encoding, encodingGuessed: false, bomBytes: 0, warnings: [] };
}

function guessLegacy(body: Uint8Array): DecodeResult {
  const sample = body.length > SAMPLE_BYTES ? body.subarray(0, SAMPLE_BYTES) : body;
  const matches = chardet.analyse(sample);
  const best = matches.find((m) => ACCEPTED_GUESSES.has(m.name.toLowerCase()));
  const refuse = (why: string): DecodeFailure => ({
    ok: false,
    reason: `undecodable: not valid UTF-8 and no confident encoding guess${why ? ` (${why})` : ''}`,
  });
  if (!best) return refuse('');
  if (best.confidence < MIN_CONFIDENCE) return refuse(`best guess ${best.name.toLowerCase()} at ${best.confidence}%`);
  let encoding = best.name.toLowerCase();
  // ISO-8859-1 detected but bytes 0x80-0x9F present: those are C1 controls in Latin-1 and printable
  // characters (curly quotes, dashes, euro) in its superset Windows-1252, as browsers assume.
  if (encoding === 'iso-8859-1' && body.some((b) => b >= 0x80 && b <= 0x9f)) encoding = 'windows-1252';
  if (!iconv.encodingExists(encoding)) return refuse(`no decoder for ${encoding}`);
  const text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding);
  if (UNCLEAN.test(text)) return refuse(`${encoding} decode produced invalid characters`);
  return {
    ok: true,
    text,
    encoding,
    encodingGuessed: true,
    bomBytes: 0,
    warnings: [`not valid UTF-8; decoded as ${encoding} (chardet confidence ${best.confidence}%)`],
  };
}
