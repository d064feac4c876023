// "the White Sox", "the Minor Counties and", "the Ku Klux Klan.": an article right before a name that heads its own
// noun phrase. English puts no article before a person's name used as a noun ("Ann Vale said", never "the Ann Vale
// said"); before a team's, a body's, a paper's or an airline's it does. So two or three title-case words with no other
// evidence, after "the", "a" or "an" and with no noun after them, name no person. A name before a noun is a modifier
// ("the Ann Vale administration", "a Tom Reed T-shirt") and says nothing either way: it is left to the other cues.
import type { Doc } from '../types.js';
import type { Unit } from './scan-context.js';
import { givenNames } from './world.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { GazetteerEntry } from './gazetteer.js';
import { PARTY_MEMBERS } from './party-words.js';
import { isPeopleWord } from './peoples.js';

/** The articles that, lower-case right before a name, make it a noun phrase's head rather than a person's name. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Token k is a lower-case content word (a noun the name modifies, "the Vale Lions player"); a function word after
 * the name ("the Vale Lions and", "for", "in", "was") leaves the name the head of its phrase. */
function contentWord(d: Doc, k: number): boolean {
  const t = d.tokens[k];
  const c = d.text.charCodeAt(t.start);
  return t.kind === 'word' && c >= 97 && c <= 122 && !STOPWORDS.has(t.norm);
}

/**
 * The name `seg` (of sentence si) comes right after a lower-case article and heads its phrase: what follows is
 * punctuation, a possessive, a bracket, a function word, a capitalised word or the sentence's end, not a lower-case
 * content word or a number ("the Vale Lions and" heads; "the Vale Lions player" is a modifier). A listed given name inside ("the Prophet Muhammad", "the
 * Apostle Paul", "the Reverend Tom Reed") keeps the person: an epithet or a title the lists do not know comes first;
 * so does a last word for a member of a people or a party ("a Republican Latino").
 */
export function articleHeadName(
  d: Doc,
  si: number,
  seg: readonly Unit[],
  norms: readonly string[],
  gazLower: ReadonlyMap<string, GazetteerEntry>,
): boolean {
  const toks = d.tokens;
  const p = toks[seg[0].i - 1];
  if (!p || p.sentence !== si || !ARTICLES.has(p.norm) || d.text.charCodeAt(p.start) > 122) return false;
  if (d.text.charCodeAt(p.start) < 97) return false;
  const k = seg[seg.length - 1].i + 1;
  if (toks[k]?.sentence === si && (contentWord(d, k) || toks[k].kind === 'number')) return false;
  const given = givenNames();
  return !norms.some((w) => given.has(w)) && !memberNoun(d, seg[seg.length - 1].i, gazLower);
}

/**
 * "a Republican Latino", "the Cuban-American Democrat from Ohio", "an Egyptian-American Coptic Christian": a name
 * ending in a word for a member of a people, a faith or a party (its last hyphen part too) describes one person.
 */
function memberNoun(d: Doc, k: number, gazLower: ReadonlyMap<string, GazetteerEntry>): boolean {
  const w = d.text.slice(d.tokens[k].start, d.tokens[k].end);
  const part = w.slice(w.lastIndexOf('-') + 1);
  const norm = part.toLowerCase();
  return PARTY_MEMBERS.has(norm) || gazLower.get(norm)?.type === 'demonym' || isPeopleWord(part);
}
