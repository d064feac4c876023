// A reported clause inside a relative clause of the sentence's subject: "Even most who believe that our drug laws are
// just would condemn such a cruel policy", "Critics who say the fee is unfair are missing the point". The believer's
// clause ("our drug laws are just") has its own verb; a second finite verb after it, with no conjunction or relative
// between, is the main clause's ("would condemn …"), which the writer states. Without a tagger this reads only
// auxiliaries and modals as finite verbs, the verbs a main predicate after such a subject most often opens with.

/** Finite auxiliaries and modals. */
const FINITE = new Set(
  'is are was were has have had will would can could should must may might shall does did do'.split(' '),
);
/** Words that open a new clause or coordinate, so that a later verb may still belong to the reported clause. */
const OPENS =
  /^(?:that|who|whom|which|whose|what|where|when|while|if|because|since|although|though|unless|and|or|but|nor|than|as|to|whether|how|why|so)$/;

/** The relative pronoun right before a verb (over one adverb): "who believe", "that long argued", "which says". */
export const RELATIVE_SUBJECT = /(?:^|\s)(?:who|that|which)\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * Where the main clause resumes in `s` after a reported clause opening at `at` inside a relative clause: the second
 * finite auxiliary or modal (FINITE) with no comma, conjunction or relative (OPENS) after the first; else s.length.
 */
export function mainVerbAfter(s: string, at: number): number {
  const re = /[^\s]+/g;
  re.lastIndex = at;
  let seenFinite = false;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const w = m[0].toLowerCase();
    if (OPENS.test(w) || /[,;:]/.test(w)) {
      if (seenFinite) return s.length;
      continue;
    }
    if (!FINITE.has(w)) continue;
    if (seenFinite) return m.index;
    seenFinite = true;
  }
  return s.length;
}

/**
 * The first finite auxiliary or modal (FINITE) after `at` in `s`, else s.length: where a clause with no finite verb
 * of its own ("claiming to be victims of crime") gives way to its subject's main verb ("has increased").
 */
export function firstFiniteAfter(s: string, at: number): number {
  const re = /[^\s]+/g;
  re.lastIndex = at;
  let prev = '';
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const w = m[0].toLowerCase();
    // "to have captured": an infinitive's "have" is no finite verb
    if (FINITE.has(w) && prev !== 'to') return m.index;
    prev = w;
  }
  return s.length;
}
