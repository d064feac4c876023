// Pure: repair mojibake, UTF-8 text that was decoded as Windows-1252 (once or twice) before it reached us:
// "Ã©" → "é", "â€™" → "’", "Ã¢â‚¬â„¢" → "’". Only sequences that re-encode to valid UTF-8 are changed, so accented text
// in its right encoding ("São", "déjà") is never touched. Each output character keeps the offset of the input
// characters it came from, so spans still point back into the user's raw text.

/** Windows-1252 characters of bytes 0x80–0x9F (C1 controls stand for themselves where 1252 has a hole). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE_OF = new Map<number, number>();
for (let b = 0xa0; b <= 0xff; b++) BYTE_OF.set(b, b);
for (let i = 0; i < 32; i++) BYTE_OF.set(CP1252_HIGH.charCodeAt(i), 0x80 + i);
for (let b = 0x80; b <= 0x9f; b++) if (!BYTE_OF.has(b)) BYTE_OF.set(b, b);

/** A lead character of a mis-decoded UTF-8 sequence followed by a continuation character: worth a repair pass. */
export const MOJIBAKE_HINT = new RegExp(`[\u00C2-\u00F4][\u0080-\u00BF${CP1252_HIGH.replace(/[\u0080-\u009f]/g, '')}]`);

/** Bytes a UTF-8 sequence with this lead byte has, or 0 when it is not a lead byte. */
function seqLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The character the n input characters at i stand for, when they are one mis-decoded UTF-8 sequence. */
function decodeAt(s: string, i: number): { ch: string; n: number } | null {
  const n = seqLength(BYTE_OF.get(s.charCodeAt(i)) ?? 0);
  if (!n || i + n > s.length) return null;
  const bytes = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const b = BYTE_OF.get(s.charCodeAt(i + k));
    if (b === undefined || (k > 0 && (b < 0x80 || b > 0xbf))) return null;
    bytes[k] = b;
  }
  try {
    return { ch: utf8.decode(bytes), n };
  } catch {
    return null;
  }
}

/** One pass: every sequence that decodes is replaced; `src[i]` is the input offset of output character i. */
function pass(s: string): { text: string; src: number[]; repaired: number } {
  let text = '';
  const src: number[] = [];
  let repaired = 0;
  for (let i = 0; i < s.length;) {
    const d = decodeAt(s, i);
    if (d) {
      text += d.ch;
      for (let k = 0; k < d.ch.length; k++) src.push(i);
      i += d.n;
      repaired++;
    } else {
      text += s[i];
      src.push(i);
      i++;
    }
  }
  src.push(s.length);
  return { text, src, repaired };
}

/** What a repair did: the text, the input offset of each of its characters (plus its end), and where it began. */
export interface MojibakeRepair {
  text: string;
  /** length text.length + 1: src[i] is the offset in the input of output character i; src[text.length] the end */
  src: number[];
  /** mis-decoded sequences replaced, counted in the input (a twice-garbled one counts once) */
  repaired: number;
  /** input offset of the first one, and its text as given */
  first: number;
  sample: string;
}

/** Repair mojibake in s, up to three layers of mis-decoding; null when there is none. */
export function repairMojibake(s: string): MojibakeRepair | null {
  if (!MOJIBAKE_HINT.test(s)) return null;
  let text = s;
  let src = Array.from({ length: s.length + 1 }, (_, i) => i);
  let first = -1;
  for (let layer = 0; layer < 3; layer++) {
    const p = pass(text);
    if (!p.repaired) break;
    const firstOut = p.src.findIndex((o, i) => i < p.text.length && p.text[i] !== text[o]);
    if (first < 0 && firstOut >= 0) first = src[p.src[firstOut]];
    src = p.src.map((o) => src[o]);
    text = p.text;
  }
  // characters of the result that stand for more than one input character: the repairs, however deep
  let repaired = 0;
  for (let i = 0; i < text.length; i++) if (src[i + 1] - src[i] > 1) repaired++;
  if (first < 0) return null;
  const end = s.indexOf(' ', first);
  return { text, src, repaired, first, sample: s.slice(first, end < 0 ? first + 12 : Math.min(end, first + 12)) };
}
