// A coined phrase given to its author by the noun phrase around its quote marks: a possessor ("Obama's “red line”",
// "the administration's “zero tolerance” policy"), a relative clause naming who made it ("the “red line” President
// Obama laid down", "a “red line” that the White House warned of") or a compound modifier ("a White House-imposed “red
// line”"). Such quote marks name the owner's word, not the outlet's doubt. Scare quotes around an owner's claim ("the
// administration's “humane and orderly” policy") keep their distance: the quoted words end in an adjective. Pure:
// a doc and token indices in, a yes or no out; each test reads a few tokens around the quote.
import type { Doc } from '../types.js';
import { isStopword } from '../text/stopwords.js';
import { MONTHS, WEEKDAYS } from '../util/calendar.js';

const OWNER_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
/** Common nouns that own a policy or a statement: "the administration's", "the president's". */
const OWNER_NOUNS = new Set(
  'administration president government house department court campaign party leader leaders secretary agency ministry office senate congress officials'.split(
    ' ',
  ),
);
/** Capitalised possessors that own no words: "Wednesday's “…” deal", "Today's". */
const NO_OWNERS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS, 'today', 'yesterday', 'tomorrow']);
/** Nouns the owner's coined name may qualify: "“zero tolerance” policy", "“red line” comments". */
const OWNED_HEADS = new Set(
  'policy policies approach program programs programme initiative initiatives plan plans tactic tactics measure measures comment comments remark remarks pledge promise doctrine agenda strategy edict rule order announcement'.split(
    ' ',
  ),
);
/** Verbs of making a word one's own: "the “red line” Obama laid down", "the “Muslim ban” he promised". */
const COINING = new Set(
  'laid lay lays drew draws drawn set sets announced announces declared declares proclaimed promised promises proposed proposes coined imposed imposes unveiled unveils established issued warned vowed pledged touted championed introduced adopted launched used uses'.split(
    ' ',
  ),
);
/** Words that open another clause, not a relative one about the quote: "“…” when Obama laid out", "“…,” and it is". */
const CLAUSE_BREAKS = new Set(
  'and but or nor when as after before because if while since until where though although'.split(' '),
);
/** Subject pronouns of a relative clause after the quote. */
const SUBJECTS = new Set(['he', 'she', 'they', 'we', 'it']);
/** Endings of a compound modifier naming the author: "White House-imposed", "Obama-drawn". */
const AUTHORED = /-(imposed|drawn|coined|declared|announced|proclaimed|promised)$/;
/** Adjective endings: quoted words ending so are a claim about the thing, not its name ("humane", "orderly"). */
const ADJECTIVE_END = /(ous|ive|ful|ble|ane|less|ish|ly)$/;
const UPPER = /\p{Lu}/u;

/**
 * Whether the quote whose opening mark is token `first` and whose next token after the closing mark is `after` is a
 * coined phrase its owner is named for: a possessor before it with the phrase as its noun or the modifier of a policy
 * noun, a relative clause after it whose subject made it, or an "X-imposed" modifier. `lastWord` is the quoted
 * phrase's last word (lower case): one ending like an adjective is a claim, and keeps its distance.
 */
export function ownedQuote(d: Doc, first: number, after: number, lastWord: string): boolean {
  if (ADJECTIVE_END.test(lastWord)) return false;
  const before = d.tokens[first - 1];
  if (before?.kind === 'word' && AUTHORED.test(before.norm)) return true;
  return (possessor(d, first - 1) && namesOwnedThing(d, after)) || authorClause(d, first, after);
}

/** Whether token i is a possessive of an owner: his/her/its/their, or "'s" after a name or an owner noun. */
function possessor(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  if (!t) return false;
  if (t.kind === 'word') return OWNER_PRONOUNS.has(t.norm);
  if (t.norm !== "'s") return false;
  const o = d.tokens[i - 1];
  if (!o || o.kind !== 'word' || NO_OWNERS.has(o.norm)) return false;
  return OWNER_NOUNS.has(o.norm) || UPPER.test(d.text[o.start]);
}

/** Whether the quote ends its noun phrase (punctuation or a function word next) or qualifies a policy noun. */
function namesOwnedThing(d: Doc, after: number): boolean {
  const next = d.tokens[after];
  if (!next || next.kind !== 'word' || isStopword(next.norm)) return true;
  for (let i = after; i < after + 3 && d.tokens[i]?.kind === 'word'; i++)
    if (OWNED_HEADS.has(d.tokens[i].norm)) return true;
  return false;
}

/**
 * Whether a relative clause after the quote names who made the phrase: "“…” President Obama laid down", "“…” that
 * the Obama administration warned", "“…” he promised": within six words and no punctuation, a subject (a capitalised
 * word or a pronoun) and then a verb of coining.
 */
function authorClause(d: Doc, first: number, after: number): boolean {
  let subject = false;
  const s = d.tokens[first]?.sentence;
  for (let i = after; i < after + 6; i++) {
    const t = d.tokens[i];
    if (!t || t.kind !== 'word' || t.sentence !== s || CLAUSE_BREAKS.has(t.norm)) return false;
    if (subject && COINING.has(t.norm)) return true;
    if (SUBJECTS.has(t.norm) || UPPER.test(d.text[t.start])) subject = true;
  }
  return false;
}
