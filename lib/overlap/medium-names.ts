// A name after a medium word that describing words stand before: "carried by Iran's Arabic-language TV Al-Alam", "in
// an interview with the Spanish-language network Telemundo", "told the Saudi-owned channel Al Arabiya", "according to
// the newspaper Al Ahram", "State-funded Egyptian daily Al-Ahram has reported". The description says the name is a
// newsroom, so its cue may stand before the description, and a name no table knows is taken whole. Read on real
// coverage, where only a generic medium with a fixed qualifier ("state news agency MENA") passed the cue over, and a
// name behind any other medium word ("network", "channel", "daily", a "-language" descriptor) was not cited.
import { nameRunAfter, opensSentence, type CandidateName, type NameContext } from './described-names.js';
import { worldGazetteer } from '../entities/world.js';
import { descriptionBefore } from './name-description.js';
import { ANY_MEDIUM, STRONG_MEDIUM, WEAK_MEDIUM } from './medium-words.js';

// bounded spaces before the name: an unbounded run of spaces after a medium word would be rescanned at every split
const HEAD = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(${STRONG_MEDIUM})|(${WEAK_MEDIUM}))(?=[ \\t]{0,3}(?:,[ \\t]{0,3})?[ \\t]\\p{Lu})`,
  'gu',
);
/** "another" before a description ("in an interview with another Spanish-language network, Univision"). */
const ANOTHER = /(?<![\p{L}\p{N}])another\s+$/u;

const POSSESSIVE = /^\s?['\u2019]\s?s\b/;
/** The description follows a comma: an attribution clause, or an appositive. */
const AFTER_COMMA = /,\s+(?:the\s+|an?\s+)?$/i;

/** Capitalised words right before a medium word: a place there describes it ("local El Paso news station KTSM"). */
const CAPS_BEFORE = /(?<![\p{L}\p{N}'\u2019-])(?:\p{Lu}\p{L}+\s+){1,3}$/u;

/**
 * The length of the words describing the medium word at `head`: a place the gazetteer knows right before it, and
 * the description before that (name-description.ts). Second, the length when capitalised words no gazetteer knows
 * count too ("the Capitol Hill newspaper", "the Arabic satellite network"): they describe the medium only where a
 * name follows it (see mediumRuns).
 */
function mediumDescription(text: string, head: number): [number, number] {
  const caps = CAPS_BEFORE.exec(text.slice(Math.max(0, head - 60), head))?.[0] ?? '';
  const words = [...caps.matchAll(/\S+/g)];
  for (const w of words) {
    const place = caps.slice(w.index).trim().replace(/\s+/g, ' ');
    if (worldGazetteer().get(place)?.type !== 'place') continue;
    const len = caps.length - w.index;
    const desc = len + descriptionBefore(text, head - len);
    return [desc, desc];
  }
  const desc = descriptionBefore(text, head);
  const wide = caps && desc < caps.length ? caps.length + descriptionBefore(text, head - caps.length) : desc;
  return [desc, wide];
}

/** A name read behind a medium word: where its description starts, and its bounds. */
interface MediumName {
  described: number;
  start: number;
  end: number;
  appositive: boolean;
}

/** Names right after a described medium in `text` (see the file's head), outside the generic media `generics`
 * already read (their names are read by describedNames). */
function mediumRuns(text: string, generics: readonly CandidateName[]): MediumName[] {
  const out: MediumName[] = [];
  if (!ANY_MEDIUM.test(text)) return out;
  for (const m of text.matchAll(HEAD)) {
    const headEnd = m.index + m[0].length;
    if (generics.some((g) => g.start <= m.index && headEnd <= g.end)) continue;
    const [desc, wide] = mediumDescription(text, m.index);
    if (m[2] !== undefined && desc === 0) continue;
    const start = (d: number) => {
      const at = m.index - d;
      return at - (ANOTHER.exec(text.slice(Math.max(0, at - 10), at))?.[0].length ?? 0);
    };
    // unknown capitalised words describe a strong medium word for a name right after it ("quoted by the Capitol Hill
    // newspaper Roll Call"); before a name set off by commas they may be the newsroom ("the Tasnim news agency ,
    // Macaire was …")
    const opening = start(m[1] !== undefined ? wide : desc);
    // no cue before the description ("The state-run newspaper Al-Ahram said", ", news website Al-Sumaria said"): a
    // "said" after the name is its verb; after a comma, a comma closing the name opens its verb (", the newspaper
    // Al-Ahram, said")
    const afterComma = (at: number) => AFTER_COMMA.test(text.slice(Math.max(0, at - 8), at));
    const run = nameRunAfter(text, headEnd, afterComma(opening) || opensSentence(text, opening));
    // a bare medium word ("according to the newspaper , Smith , who …") may be followed by anyone set off by commas,
    // and a possessive opens another noun phrase ("told the newspaper Smith 's lawyer")
    if (!run || (desc === 0 && run.appositive) || POSSESSIVE.test(text.slice(run.end, run.end + 4))) continue;
    const described = run.appositive ? start(desc) : opening;
    const comma = afterComma(described);
    const closed = comma && !run.appositive && /^\s*,/.test(text.slice(run.end, run.end + 4));
    out.push({ described, ...run, appositive: run.appositive || closed });
  }
  return out;
}

/**
 * The candidate names with those read behind a described medium: a name already a candidate at the same place (a
 * known outlet, "Al Arabiya") takes the description, so its cue may stand before it; a run of capitalised words the
 * reader had no candidate for ("Telemundo", "Al-Alam") becomes one, its pieces dropped.
 */
export function mediumNames(ctx: NameContext, names: readonly CandidateName[]): CandidateName[] {
  const generics = names.filter((n) => n.kind === 'generic');
  const runs = mediumRuns(ctx.text, generics);
  if (!runs.length) return [...names];
  let out = [...names];
  for (const r of runs) {
    // a generic medium inside the description is part of it ("investigative US media outlet ProPublica")
    out = out.filter((n) => n.kind !== 'generic' || n.start < r.described || n.end > r.start);
    const at = out.findIndex((n) => n.kind !== 'generic' && n.start === r.start && n.end >= r.end);
    if (at >= 0) {
      const n = out[at];
      // a bare head read it already ("channel Al Arabiya"): the description before the head is the name's too
      if (n.described === undefined || r.described < n.described)
        out[at] = { ...n, strict: false, described: r.described, ...(r.appositive ? { appositive: true } : {}) };
      continue;
    }
    out = out.filter((n) => n.kind === 'generic' || n.end <= r.start || n.start >= r.end);
    const written = ctx.text.slice(r.start, r.end).replace(/\s+/g, ' ');
    const cited = ctx.resolve(written) ?? written;
    out.push({
      start: r.start,
      end: r.end,
      cited,
      kind: ctx.kindOf(cited),
      strict: false,
      described: r.described,
      ...(r.appositive ? { appositive: true } : {}),
      rank: 2,
    });
  }
  return out;
}
