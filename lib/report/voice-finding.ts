// The voice finding: which outlet writes most in its own words and which least, one computation for the report's
// findings and notebook 04's sentence, so both name the same outlets with the same shares.
import { byString } from '../text/counts.js';
import type { Finding } from './types.js';
import { percent } from './finding-words.js';
import { MAX_TERM_OUTLETS } from './term-findings.js';

/** One article's voice shares (lib/framing voice rows). */
export type VoiceLike = { doc: string; own: number; quoted: number; reported: number; reused: number; words: number };

/** An outlet's words and its words in each voice, summed over its articles. */
interface OutletVoice {
  words: number;
  own: number;
  quoted: number;
  reused: number;
}

/** The outlets the framing findings compare: all of them, or the MAX_TERM_OUTLETS with the most words. */
export function biggest(words: readonly [string, number][]): Set<string> {
  const sorted = [...words].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]));
  return new Set(sorted.slice(0, MAX_TERM_OUTLETS).map(([o]) => o));
}

/** Articles per outlet, from a doc -> outlet map. */
export function articleCounts(outletOf: Readonly<Record<string, string>>): Map<string, number> {
  const n = new Map<string, number>();
  for (const o of Object.values(outletOf)) n.set(o, (n.get(o) ?? 0) + 1);
  return n;
}

/** Each outlet's words in each voice (shares weighted by article length), and the outlets with the most words. */
export function outletVoices(
  voice: readonly VoiceLike[],
  outletOf: Readonly<Record<string, string>>,
): { byOutlet: Map<string, OutletVoice>; big: Set<string> } {
  const byOutlet = new Map<string, OutletVoice>();
  for (const v of voice) {
    const o = outletOf[v.doc] ?? v.doc;
    const x = byOutlet.get(o) ?? { words: 0, own: 0, quoted: 0, reused: 0 };
    x.words += v.words;
    x.own += v.own * v.words;
    x.quoted += (v.quoted + v.reported) * v.words;
    x.reused += v.reused * v.words;
    byOutlet.set(o, x);
  }
  return { byOutlet, big: biggest([...byOutlet].map(([o, x]) => [o, x.words] as [string, number])) };
}

/**
 * "X writes most in its own words (n% own narration); Y the least (…)", among the outlets with the most text (a
 * single column is 100% own words by nature). An outlet of one article is one piece (a 99% own-words essay), not a
 * habit: the extremes are outlets of several articles when two have text, else every big outlet, one-article ones
 * named so beside an outlet of several. Undefined with fewer than two outlets to compare.
 */
export function voiceFinding(
  voice: readonly VoiceLike[],
  outletOf: Readonly<Record<string, string>>,
): Finding | undefined {
  const { byOutlet, big } = outletVoices(voice, outletOf);
  const articles = articleCounts(outletOf);
  const all = [...byOutlet].filter(([o, x]) => x.words > 0 && big.has(o));
  const several = all.filter(([o]) => (articles.get(o) ?? 0) >= 2);
  const shares = (several.length > 1 ? several : all).map(([o, x]) => ({
    o: several.length && (articles.get(o) ?? 0) === 1 ? `${o} (one article)` : o,
    own: x.own / x.words,
    quoted: x.quoted / x.words,
    reused: x.reused / x.words,
  }));
  if (shares.length < 2) return undefined;
  const s = [...shares].sort((a, b) => a.own - b.own || byString(a.o, b.o));
  const lo = s[0],
    hi = s[s.length - 1];
  return {
    text: `${hi.o} writes most in its own words (${percent(hi.own)} own narration); ${lo.o} the least (${percent(lo.own)}: ${percent(lo.quoted)} quoted or reported speech, ${percent(lo.reused)} reused text).`,
    evidence: [{ href: '#table-voice', label: 'voice shares' }],
  };
}
