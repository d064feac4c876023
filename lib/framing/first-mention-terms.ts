// Terms of art by corpus evidence: jargon is put in quote marks on its first mention in an article and written bare
// after, and other outlets write it bare throughout ("credible fear", "deferred action"); a contested label is kept in
// quote marks past its first mention, or after "so-called", or is what someone calls something ("which critics call
// “…”"), somewhere in the corpus ("zero tolerance" quoted three times in one article). No word list: the shape of each
// article's uses decides. Pure: uses per doc in, phrases out.
import { addTo } from '../util/maps.js';

/** One use of a phrase, as lib/framing/distancing.ts reads it. */
export interface PhraseUse {
  phrase: string;
  kind: 'distance' | 'attributed' | 'introduced' | 'bare';
  /** what decided the kind of quote marks: 'calling' ("which critics call “…”") makes the phrase a label */
  cue: string | null;
  soCalled: boolean;
}

/** Options of firstMentionTerms. */
export interface FirstMentionOptions {
  /** outlets that must write the phrase bare (default 3) */
  outlets?: number;
  /** articles that must quote it on first mention (default 2) */
  articles?: number;
}

/**
 * Phrases quoted at a distance only ever on an article's first mention of them (never after "so-called", never on a
 * later mention, never after a verb of calling), where at least `articles` articles and at least half of those quoting
 * it on first mention go on to write it bare (the introduction is the pattern, not a single quoted mention), and
 * written bare by at least `outlets` outlets. `docs` holds each doc's outlet and its uses in text order.
 */
export function firstMentionTerms(
  docs: Iterable<{ outlet: string; uses: readonly PhraseUse[] }>,
  opts: FirstMentionOptions = {},
): Set<string> {
  const contested = new Set<string>();
  const firstQuoted = new Map<string, number>();
  const thenBare = new Map<string, number>();
  const bareOutlets = new Map<string, Set<string>>();
  for (const { outlet, uses } of docs) {
    const seen = new Set<string>();
    const quotedFirst = new Set<string>();
    for (const u of uses) {
      if (u.cue === 'calling') contested.add(u.phrase);
      const first = !seen.has(u.phrase);
      seen.add(u.phrase);
      if (u.kind === 'bare') {
        (bareOutlets.get(u.phrase) ?? bareOutlets.set(u.phrase, new Set()).get(u.phrase)!).add(outlet);
        if (quotedFirst.delete(u.phrase)) addTo(thenBare, u.phrase);
      }
      if (u.kind !== 'distance') continue;
      if (u.soCalled || !first) contested.add(u.phrase);
      else {
        addTo(firstQuoted, u.phrase);
        quotedFirst.add(u.phrase);
      }
    }
  }
  const out = new Set<string>();
  for (const [phrase, n] of firstQuoted) {
    const introduced = thenBare.get(phrase) ?? 0;
    if (
      !contested.has(phrase) &&
      introduced >= (opts.articles ?? 2) &&
      introduced * 2 >= n &&
      (bareOutlets.get(phrase)?.size ?? 0) >= (opts.outlets ?? 3)
    )
      out.add(phrase);
  }
  return out;
}
