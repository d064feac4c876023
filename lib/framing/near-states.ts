// States named near a bare role noun: which country a sentence or a paragraph has in play before "the regime". A bare
// noun names back to the government the article named, but a paragraph about another country ("In listing Myanmar's
// reforms … the regime has barred her" in an article about Iran) has that country's government in play, not the one
// named paragraphs before. A country, its capital, its adjective before a word of acting ("Italian foreign minister")
// or its sitting head ("Assad") names its state; a place only the setting of the sentence ("aid workers in Lebanon")
// names none.
import type { Doc, EntityRef, Token } from '../types.js';
import type { EntityIndex, NamedAt } from './leader-states.js';
import { stateOfName } from './act-places.js';

/** Prepositions of a place as a setting ("the deputy chief of mission in Libya", "near Aleppo"). */
const SETTING: ReadonlySet<string> = new Set('in inside within throughout across near outside around'.split(' '));
/** Directions before "of" ("southeast of Baghdad"): the place is a setting too. */
const DIRECTION = /^(?:north|south|east|west)(?:east|west)?$/;

/** True when the state named at tokens a.. is only a setting: after a preposition of place or "<direction> of". */
function setting(toks: readonly Token[], a: number): boolean {
  const p = toks[a - 1]?.norm ?? '';
  return SETTING.has(p) || (p === 'of' && DIRECTION.test(toks[a - 2]?.norm ?? ''));
}

/**
 * The state named last before token `at` of `d`, in its sentence, by country name: the country or capital
 * (`stateOf`) nearest before the noun unless it is only the setting ("in Libya"), or a country's adjective before a
 * word that `acts` ("Italian foreign minister", "the Algerian military"; not "Iraqi detainees", a people). Undefined
 * for none.
 */
export function stateNear(
  d: Doc,
  at: number,
  ix: EntityIndex,
  stateOf: (e: EntityRef) => string | undefined,
  acts: (norm: string) => boolean,
): string | undefined {
  const toks = d.tokens;
  const s = toks[at].sentence;
  for (let j = at - 1; j >= 0 && toks[j].sentence === s; j--) {
    const named = ix.at(d.id, j);
    if (!named) continue;
    j = Math.min(j, named.a);
    const id = stateOfNamed(d, named, stateOf, acts);
    if (id) return id;
  }
  return undefined;
}

/**
 * The state a whole name at tokens named.a..named.b names where it stands, for stateNear and stateAfter alike: its
 * country or capital, or a body named by its country's adjective; none when the place is only a setting ("in Libya")
 * or a demonym does not come before a word that `acts` ("Iraqi detainees").
 */
function stateOfNamed(
  d: Doc,
  named: NamedAt,
  stateOf: (e: EntityRef) => string | undefined,
  acts: (norm: string) => boolean,
): string | undefined {
  const toks = d.tokens;
  const id = named.whole ? (stateOf(named.e) ?? bodyState(d, named.a, named.b, acts)) : undefined;
  if (!id || setting(toks, named.a)) return undefined;
  return named.e.type !== 'demonym' || acts(toks[named.b + 1]?.norm ?? '') ? id : undefined;
}

/** Marks that end the part of a sentence read after a noun: what follows is another clause or an aside. */
const AFTER_ENDS: ReadonlySet<string> = new Set('; : ( -'.split(' '));

/**
 * The state named first after token `at` in its sentence, up to a semicolon, a colon, a bracket or a dash, read as
 * stateNear reads the words before it: "Breaking up the army after Saddam Hussein's fall could haunt Iraq" names Iraq
 * after the noun. Undefined for none.
 */
export function stateAfter(
  d: Doc,
  at: number,
  ix: EntityIndex,
  stateOf: (e: EntityRef) => string | undefined,
  acts: (norm: string) => boolean,
): string | undefined {
  const toks = d.tokens;
  const s = toks[at].sentence;
  for (let j = at + 1; j < toks.length && toks[j].sentence === s && !AFTER_ENDS.has(toks[j].norm); j++) {
    const named = ix.at(d.id, j);
    if (!named || named.a <= at) continue;
    j = Math.max(j, named.b);
    const id = stateOfNamed(d, named, stateOf, acts);
    if (id) return id;
  }
  return undefined;
}

/**
 * The state of a body named by its country's adjective and a word of acting: "the Iraqi Army", "the Syrian Air
 * Force", "Egyptian Security Forces" (an organisation to the gazetteer, its state's armed forces to a reader). The
 * first word names the state (stateOfName: a country, its capital or its adjective) and the last one acts.
 */
function bodyState(d: Doc, a: number, b: number, acts: (norm: string) => boolean): string | undefined {
  const toks = d.tokens;
  if (b <= a || !acts(toks[b].norm)) return undefined;
  return stateOfName(d.text.slice(toks[a].start, toks[a].end));
}

/** Words of the name of a state's own armed forces after the state's adjective or name: "Egyptian Armed Forces". */
const FORCES_NAME: ReadonlySet<string> = new Set(
  'armed defense defence security forces army military navy air force'.split(' '),
);

/**
 * The state whose own armed forces an organisation's name names: the state's adjective or name followed only by words
 * of armed forces ("Egyptian Armed Forces", "Israel Defense Forces", "Iraqi Security Forces", "the Syrian Army"); not
 * a movement or militia with a word of its own ("Syrian Democratic Forces", "Free Syrian Army", "Syrian National
 * Army"). `named`: the state's entity by its country's name.
 */
export function forcesState(e: EntityRef, named: (country: string) => EntityRef): EntityRef | undefined {
  if (e.type === 'person' || e.type === 'place' || e.type === 'demonym') return undefined;
  const words = e.name.split(/\s+/);
  if (words.length < 2 || !words.slice(1).every((w) => FORCES_NAME.has(w.toLowerCase()))) return undefined;
  const country = stateOfName(words[0]);
  return country ? named(country) : undefined;
}

/** The states named before a token in its paragraph and the two paragraphs before. */
export interface ParagraphStates {
  /** the states the noun's paragraph names acting (stateNear's reading, or a sitting head), nearest first, each once */
  acting: string[];
  /** every state named in the noun's paragraph and the two before, a setting or a people's adjective too */
  named: string[];
  /** the first token of those paragraphs */
  from: number;
}

/**
 * The states named before token `at` in its paragraph and the two paragraphs before: by a country, its capital or its
 * adjective (`stateOf`), or by a state's sitting head (`headOf`), each once, nearest first.
 */
export function paragraphStates(
  d: Doc,
  at: number,
  ix: EntityIndex,
  stateOf: (e: EntityRef) => string | undefined,
  headOf: (e: EntityRef) => string | undefined,
  acts: (norm: string) => boolean,
): ParagraphStates {
  const toks = d.tokens;
  const para = (j: number) => d.sentences[toks[j].sentence].paragraph;
  const own = para(at);
  const out: ParagraphStates = { acting: [], named: [], from: at };
  for (let j = at - 1; j >= 0 && para(j) >= own - 2; j--) {
    out.from = j;
    const named = ix.at(d.id, j);
    if (!named) continue;
    j = Math.min(j, named.a);
    const place = named.whole ? stateOf(named.e) : undefined;
    const id = place ?? (named.whole ? headOf(named.e) : undefined);
    if (!id) continue;
    if (!out.named.includes(id)) out.named.push(id);
    const acting =
      !place || (!setting(toks, named.a) && (named.e.type !== 'demonym' || acts(toks[named.b + 1]?.norm ?? '')));
    if (acting && para(j) === own && !out.acting.includes(id)) out.acting.push(id);
  }
  return out;
}

/** Words that end a clause read back from a noun: what stands before them is another clause's. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(
  ', ; : -- — – ( ) that which who whom whose and but or while because if when after before as said says say told'.split(
    ' ',
  ),
);

/**
 * The state that is the subject of the clause holding token `at`: a country or capital (`stateOf`; not an adjective,
 * not a possessive "Syria's", not a setting "sentiments in Iran are") named in the noun's clause before it and
 * followed by a verb (`verb`) ("the United States
 * is inventing stories about the government's use"). Undefined for none: a clause boundary or a reporting verb between
 * them ("Syria said the government …") leaves the noun to its own clause.
 */
export function clauseSubjectState(
  d: Doc,
  at: number,
  ix: EntityIndex,
  stateOf: (e: EntityRef) => string | undefined,
  verb: (norm: string) => boolean,
): string | undefined {
  const toks = d.tokens;
  const s = toks[at].sentence;
  for (let j = at - 1; j >= 0 && toks[j].sentence === s && !CLAUSE_ENDS.has(toks[j].norm); j--) {
    const named = ix.at(d.id, j);
    if (!named) continue;
    const id = named.whole && named.e.type !== 'demonym' ? stateOf(named.e) : undefined;
    if (id && !setting(toks, named.a) && named.b + 1 < at && verb(toks[named.b + 1].norm)) return id;
    j = Math.min(j, named.a);
  }
  return undefined;
}
