// A state's armed forces named in lower case: "the Israeli military said", "the Syrian army shelled", "the U.S.
// military". News copy writes the forces of a state as its people's adjective (or its name) and a common noun; the
// adjective alone was the mention, so the forces, an actor, counted as the people's adjective ("Israeli") and never
// reached the named forces ("Israel Defense Forces ( IDF )"). The adjective and the noun become one mention of the
// forces when the corpus names that state's forces with capitals somewhere ("Israel Defense Forces", "Syrian Army",
// "U.S. Army"): the evidence that the forces are an actor of the corpus, which the merge then joins
// (merge/armed-forces.ts). "Military" must be the head: "Israeli military officials", "U.S. military aid" use it as
// an adjective and stay the people's (or the state's) mention.
import type { Doc } from '../types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { demonymTargets, type GazetteerEntry } from './gazetteer.js';
import type { Mention } from './mention-record.js';
import { sharedParts } from './name-parts.js';

/** The lowercase nouns for a state's forces after its adjective, longest first (token norms). */
const FORCES_NOUNS: readonly (readonly string[])[] = [['armed', 'forces'], ['military'], ['army']];

/** The last words of a capitalised name of a state's forces. */
const NAMED_FORCES: ReadonlySet<string> = new Set([
  'army',
  'military',
  'armed forces',
  'defense forces',
  'defence forces',
]);

/** Verbs of report that follow a subject and that the stopword list leaves out. */
const REPORT_VERBS: ReadonlySet<string> = new Set(['says', 'told', 'denies', 'denied', 'claims']);

/** Verbs in -s that are seldom a plural noun after "military" (general English): "the Egyptian military takes
 * control". A plural noun looks the same ("military bases", "military strikes"), so only these are read as verbs. */
const VERBS_IN_S: ReadonlySet<string> = new Set(
  (
    'takes tries relies seeks remains continues appears seems insists admits warns announces launches carries ' +
    'conducts holds keeps gives gets makes wants needs believes knows refuses rejects agrees responds sees thinks ' +
    'controls runs'
  ).split(' '),
);

/** Nouns of one who speaks for or leads a body (general English): "an Israeli military spokesman" is the spokesman
 * of the forces, which are named; "military officials" may serve anywhere and stay the adjective's. */
const BODY_ROLES: ReadonlySet<string> = new Set(
  'spokesman spokeswoman spokesperson representative chief commander commanders leadership'.split(' '),
);

/** Types a capitalised name of forces may carry. */
const BODY_TYPES: ReadonlySet<string> = new Set(['org', 'group']);

/** The state a run of lowercase words names ("israeli", "u.s.", "israel"), or undefined. */
function stateOf(words: string, gazLower: ReadonlyMap<string, GazetteerEntry>, states: ReadonlySet<string>) {
  const g = gazLower.get(words);
  return g && (g.type === 'place' || g.type === 'demonym') && states.has(g.canonical) ? g.canonical : undefined;
}

/** The states whose forces the corpus names with capitals ("Israel Defense Forces", "Syrian Army"). */
function namedForces(
  mentions: readonly Mention[][],
  gazLower: ReadonlyMap<string, GazetteerEntry>,
  states: ReadonlySet<string>,
): Set<string> {
  const out = new Set<string>();
  for (const list of mentions)
    for (const m of list) {
      if (!BODY_TYPES.has(m.type)) continue;
      const words = m.text.toLowerCase().split(' ');
      for (let k = words.length - 1; k >= 1; k--) {
        if (!NAMED_FORCES.has(words.slice(k).join(' '))) continue;
        const state = stateOf(words.slice(0, k).join(' '), gazLower, states);
        if (state) out.add(state);
        break;
      }
    }
  return out;
}

/** The last token of the forces noun written in lower case right after token i, or -1. */
function nounAfter(d: Doc, i: number): number {
  const toks = d.tokens;
  for (const noun of FORCES_NOUNS) {
    let ok = true;
    for (let k = 0; k < noun.length && ok; k++) {
      const t = toks[i + 1 + k];
      ok = t !== undefined && t.sentence === toks[i].sentence && t.norm === noun[k] && isLower(d, t.start);
    }
    if (ok) return i + noun.length;
  }
  return -1;
}

function isLower(d: Doc, at: number): boolean {
  const c = d.text.charCodeAt(at);
  return c >= 97 && c <= 122;
}

/** Whether the noun ending at token j names the forces: "army" always ("army officers" are the army's), "military"
 * when no lowercase content word follows it, which would make it an adjective ("military aid"), unless that word is
 * a verb ("the military takes") or the role of one who speaks for the body ("a military spokesman"). */
function namesForces(d: Doc, j: number): boolean {
  if (d.tokens[j].norm !== 'military') return true;
  const t = d.tokens[j + 1];
  if (!t || t.sentence !== d.tokens[j].sentence || t.kind !== 'word' || !isLower(d, t.start)) return true;
  const n = t.norm;
  return STOPWORDS.has(n) || REPORT_VERBS.has(n) || VERBS_IN_S.has(n) || BODY_ROLES.has(n) || n.endsWith('ed');
}

/** Index of the token ending at a mention's end, or -1. */
function tokenEndingAt(d: Doc, end: number): number {
  let lo = 0;
  let hi = d.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (d.tokens[mid].start < end) lo = mid;
    else hi = mid - 1;
  }
  return d.tokens[lo]?.end === end ? lo : -1;
}

/** Turn "Israeli" + "military" into one mention of the state's forces where the corpus names those forces. */
export function stateForces(
  docs: readonly Doc[],
  mentions: Mention[][],
  gazLower: ReadonlyMap<string, GazetteerEntry>,
): void {
  const states = new Set(demonymTargets().values());
  const named = namedForces(mentions, gazLower, states);
  if (named.size === 0) return;
  docs.forEach((d, di) => {
    mentions[di].forEach((m, mi) => {
      if (m.type !== 'demonym' && m.type !== 'place') return;
      const state = m.canonical !== undefined && states.has(m.canonical) ? m.canonical : undefined;
      if (!state || !named.has(state)) return;
      const i = tokenEndingAt(d, m.end);
      if (i < 0) return;
      const j = nounAfter(d, i);
      if (j < 0 || !namesForces(d, j)) return;
      const end = d.tokens[j].end;
      if (mentions[di].some((o, oi) => oi !== mi && o.start < end && o.end > m.end)) return;
      m.end = end;
      m.text = d.text.slice(m.start, m.end);
      m.parts = sharedParts(m.text);
      m.type = 'group';
      m.strength = 3;
      m.cue = `forces of ${state}, named in the corpus`;
      m.canonical = undefined;
    });
  });
}
