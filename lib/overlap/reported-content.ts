// Rule 1 of the passage kinds, by reported speech: a short phrase inside what a sentence reports someone said ("the memo
// said that ...", "An official said the ...", "..., the minister said on Friday.") is the speaker's wording, which
// survived in both paraphrases; and a whole reported clause is the speaker's statement when both articles report it,
// each naming its speaker its own way: two outlets retelling one statement.
import type { Citation } from './types.js';
import { NARRATION_BECAUSE, setKind, type KindContext, type KindPair } from './kind-pair.js';
import { QUOTED_SOURCE } from './quoted-share.js';
import { reportedClause, type ReportedClause } from './reported-clause.js';

/**
 * A passage in reported speech is the third party's wording only when it is at most this share of the words the cue
 * reports: a phrase that survived in two paraphrases. The whole paraphrase shared is one outlet's sentence, copied.
 */
export const REPORTED_PART = 0.6;
/**
 * ... and it starts at most this many words after the cue (a subject and an apposition; words inside a parenthesis or
 * a pair of dashes do not count when no comma stands between): further on, the sentence has often left the report
 * ("Sessions, who argued that Congress ... law, helped persuade the president").
 */
export const REPORTED_GAP = 8;

// a parenthesis, or a list or apposition set off by a pair of dashes: "the six countries - A , B and C - failed"
const ASIDE = /\s[-\u2013\u2014]\s[^-\u2013\u2014\n]*?\s[-\u2013\u2014]\s|\([^()\n]*\)/gu;

const wordsOf = (t: string): number => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The passage [s, e) inside the clause: QUOTED_SOURCE of it after the cue, none of it past the clause's end. */
function inside(text: string, r: ReportedClause, [s, e]: readonly [number, number]): boolean {
  return e - Math.max(s, r.at) >= QUOTED_SOURCE * (e - s) && !/[\p{L}\p{N}]/u.test(text.slice(r.end, e));
}

/** The words between the cue and the passage, asides left out, and whether a comma stands among them. */
function gapOf(text: string, r: ReportedClause, s: number): { words: number; comma: boolean } {
  const gap = ` ${text.slice(r.at, Math.max(s, r.at))} `.replace(ASIDE, ' ');
  return { words: wordsOf(gap), comma: /[,;]/.test(gap) };
}

/**
 * The passage starts near the cue: REPORTED_GAP words after it, or as many once asides are left out when no comma
 * stands between (a comma may close the clause: "Sessions, who argued that Congress — rather than the courts — writes
 * the law, helped persuade the president").
 */
function nearCue(text: string, r: ReportedClause, s: number): boolean {
  if (wordsOf(text.slice(r.at, Math.max(s, r.at))) <= REPORTED_GAP) return true;
  const gap = gapOf(text, r, s);
  return !gap.comma && gap.words <= REPORTED_GAP;
}

/**
 * One side reports the passage as someone's speech (lib/overlap/reported-clause.ts: after "<speech verb> (up to 4
 * words) that", and with `forms` 'all' also after "<speaker> said" or before ", <speaker> said."), active voice, no
 * outlet cited as the speaker, and the passage stays inside that clause and is a short part (REPORTED_PART) of what it
 * reports.
 */
export function reportedContent(
  text: string,
  span: readonly [number, number],
  cites: readonly Citation[] = [],
  forms: 'that' | 'all' = 'that',
): string | null {
  const r = reportedClause(text, span, cites, forms);
  if (!r || !inside(text, r, span)) return null;
  const part = wordsOf(text.slice(Math.max(span[0], r.at), span[1])),
    of = wordsOf(text.slice(r.at, r.end));
  if (part > REPORTED_PART * of || !nearCue(text, r, span[0])) return null;
  return `reported speech: ${part} of the ${of} words reported ${r.form === 'after' ? 'before' : 'after'} \u201C${r.cue}\u201D`;
}

/** A side's reported clause holding the passage, the gap read loosely: no comma before it, 2 × REPORTED_GAP words. */
function heldLoosely(text: string, span: readonly [number, number], cites: readonly Citation[]): ReportedClause | null {
  const r = reportedClause(text, span, cites);
  if (!r || !inside(text, r, span)) return null;
  const gap = gapOf(text, r, span[0]);
  return gap.comma || gap.words > 2 * REPORTED_GAP ? null : r;
}

const cueKey = (r: ReportedClause): string =>
  r.cue
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Both sides report the passage as speech, each with a cue of its own ("An official said …" / "The administration
 * maintains that …"; "The US said it would …" / "…, acting Secretary … said on Friday."): the statement retold by two
 * outlets, whatever share of the clause the passage is. The same cue on both sides is the sign of a sentence copied
 * whole, and is left to the one-side rule (reportedContent) and its part limit.
 */
export function reportedOnBoth(
  a: { text: string; span: readonly [number, number]; cites: readonly Citation[] },
  b: { text: string; span: readonly [number, number]; cites: readonly Citation[] },
): string | null {
  const ra = heldLoosely(a.text, a.span, a.cites);
  const rb = ra && heldLoosely(b.text, b.span, b.cites);
  if (!ra || !rb || cueKey(ra) === cueKey(rb)) return null;
  return `reported speech in both articles, each attributed its own way (\u201C${ra.cue}\u201D, \u201C${rb.cue}\u201D)`;
}

/**
 * Rule 2b: every passage still reuse for want of anything beside it (not credited, not a block quote) that one side
 * reports in the looser forms (reportedContent with every form) or both sides report, each its own way
 * (reportedOnBoth), is common-source (in place).
 */
export function markReported(pairs: readonly KindPair[], ctx: KindContext): void {
  for (const p of pairs) {
    const A = ctx.docs[p.ia],
      B = ctx.docs[p.ib];
    const ca = ctx.citesOf.get(A.id) ?? [],
      cb = ctx.citesOf.get(B.id) ?? [];
    for (const x of p.passages) {
      if (x.kind !== 'reuse' || x.kind_because !== NARRATION_BECAUSE || x.block) continue;
      const why =
        reportedContent(A.text, x.a, ca, 'all') ??
        reportedContent(B.text, x.b, cb, 'all') ??
        reportedOnBoth({ text: A.text, span: x.a, cites: ca }, { text: B.text, span: x.b, cites: cb });
      if (why) setKind(x, 'common-source', why);
    }
  }
}
