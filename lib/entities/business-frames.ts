// What a sentence says a company does: its price moves ("X was up 1/8", "X shares rose", "X fell 3 percent"), its
// results and deals ("X posted a profit", "X completes acquisition", "X plunges on H1 results"). Only companies are
// quoted on a market and report profits, so a name these frames speak of is an organisation. The words are general
// business English; the frames are narrow on purpose (a price move needs a number that reads as a price change),
// because people also "rise" and "fall" in prose.
import type { Doc } from '../types.js';

/** Verbs and adverbs of a price move, after the name or after "was/is/closed". */
const MOVES: ReadonlySet<string> = new Set([
  'up',
  'down',
  'higher',
  'lower',
  'rose',
  'rises',
  'fell',
  'falls',
  'gained',
  'gains',
  'lost',
  'slipped',
  'slips',
  'dropped',
  'drops',
  'jumped',
  'jumps',
  'climbed',
  'climbs',
  'eased',
  'eases',
  'firmed',
  'firms',
  'shed',
  'sheds',
  'added',
  'advanced',
  'declined',
  'declines',
  'plunged',
  'plunges',
  'soared',
  'soars',
  'tumbled',
  'tumbles',
  'slid',
  'slides',
  'surged',
  'surges',
  'dipped',
  'dips',
  'rallied',
  'rallies',
  'slumped',
  'slumps',
]);

/** Verbs between a company and its price move ("X was up", "X closed down", "X traded higher"). */
const MOVE_AUX: ReadonlySet<string> = new Set(['was', 'is', 'were', 'closed', 'ended', 'finished', 'opened', 'traded']);

/** Units of a price change after a plain number ("fell 3 percent", "rose 20 cents"). */
const PRICE_UNITS: ReadonlySet<string> = new Set(['percent', 'pct', '%', 'cents', 'cent', 'pence', 'p', 'points']);

/** What a company reports, announces or completes ("posted a profit", "completes acquisition", "on H1 results"). */
const BUSINESS_NOUNS: ReadonlySet<string> = new Set([
  'profit',
  'profits',
  'loss',
  'losses',
  'earnings',
  'revenue',
  'revenues',
  'turnover',
  'sales',
  'dividend',
  'results',
  'acquisition',
  'merger',
  'takeover',
  'buyout',
  'stake',
  'shares',
  'flotation',
  'listing',
  'offering',
]);

/** Verbs a company does business nouns with ("posted a loss", "completed the acquisition"). */
const BUSINESS_VERBS: ReadonlySet<string> = new Set([
  'posted',
  'posts',
  'reported',
  'reports',
  'completed',
  'completes',
  'announced',
  'announces',
  'booked',
  'books',
  'recorded',
  'records',
  'swung',
  'swings',
  'raised',
  'raises',
  'cut',
  'cuts',
  'sold',
  'sells',
  'bought',
  'buys',
  'plans',
  'planned',
  'agreed',
  'agrees',
  'finalised',
  'finalized',
  'unveiled',
  'unveils',
]);

/** Lowercase word at token k of sentence si, '' otherwise (a name, a number, punctuation). */
function lowerWord(d: Doc, k: number, si: number): string {
  const t = d.tokens[k];
  return t && t.sentence === si && t.kind === 'word' && d.text.charCodeAt(t.start) >= 97 ? t.norm : '';
}

/** Token k of sentence si is a number. */
function isNumber(d: Doc, k: number, si: number): boolean {
  const t = d.tokens[k];
  return t !== undefined && t.sentence === si && t.kind === 'number';
}

/**
 * A price change starting at token k: a fraction or decimal ("1/8", "0.35"), or a number with a price unit ("3
 * percent", "20 cents"), so "rose 3 places" or "fell 10 metres" are no price moves.
 */
function isPriceChange(d: Doc, k: number, si: number): boolean {
  if (!isNumber(d, k, si)) return false;
  const t = d.tokens[k];
  const next = d.tokens[k + 1];
  if (t.norm.includes('.') || (next?.norm === '/' && next.start === t.end && isNumber(d, k + 2, si))) return true;
  const unit = d.tokens[k + 1];
  return unit !== undefined && unit.sentence === si && PRICE_UNITS.has(unit.norm);
}

/** "X was up 1/8", "X fell 3 percent", "X plunges on H1 results": the token after the name starts a price move. */
function priceMove(d: Doc, si: number, k: number): string | null {
  let w = lowerWord(d, k, si);
  if (MOVE_AUX.has(w)) w = lowerWord(d, ++k, si);
  if (!MOVES.has(w)) return null;
  if (isPriceChange(d, k + 1, si)) return 'price move: ' + w;
  // "plunges on H1 results", "rose on strong earnings": the move's reason is the company's results
  if (lowerWord(d, k + 1, si) !== 'on') return null;
  for (let j = k + 2; j <= k + 4; j++) if (BUSINESS_NOUNS.has(d.tokens[j]?.norm ?? '')) return 'price move: ' + w;
  return null;
}

/** "X posted a net profit", "X completes acquisition": a business verb, then a business noun within three words. */
function businessAct(d: Doc, si: number, k: number): string | null {
  const verb = lowerWord(d, k, si);
  if (!BUSINESS_VERBS.has(verb)) return null;
  for (let j = k + 1; j <= k + 4; j++) {
    const t = d.tokens[j];
    if (!t || t.sentence !== si) return null;
    if (BUSINESS_NOUNS.has(t.norm) && d.text.charCodeAt(t.start) >= 97) return 'business act: ' + verb + ' ' + t.norm;
    if (t.kind === 'punct') return null;
  }
  return null;
}

/**
 * Why the name ending at token `last` of sentence si is a company, from the frame it is the subject of: a price move
 * or a business act right after it ("X shares" and "X CEO" are org-cues.ts's). Null when the sentence says neither.
 */
export function businessFrame(d: Doc, si: number, last: number): string | null {
  return priceMove(d, si, last + 1) ?? businessAct(d, si, last + 1);
}
