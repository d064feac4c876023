// People around a named actor: "Morsi supporters", "Trump voters", "Obama aides", "the senator's critics" are a group
// of their own, named after the actor, not labels of the actor. "the Trump administration" or "the Assad regime" stay
// the actor's labels: an administration or a regime is the actor's own body, a supporter is someone else. So are the
// people who work for or belong to a body ("Republican strategists", "a Democratic negotiator", "GOP candidates",
// "ICE officers"), the people a body holds ("ICE detainees") and a person's kin ("Foley's parents"): persons, each of
// them another actor than the party, the agency or the person the phrase is named after.
import type { Doc, EntityRef } from '../types.js';
import { CALENDAR, gazetteerMaps } from '../entities/gazetteer.js';
import { isStopword } from '../text/stopwords.js';
import { STARTS_UPPER } from '../util/letters.js';
import { MONTHS } from '../util/calendar.js';

/** Singular heads of a group defined by its tie to a named actor: for, against or working for it. */
const ADHERENTS: ReadonlySet<string> = new Set(
  (
    'supporter backer loyalist follower voter partisan devotee admirer sympathizer sympathiser defender fan ally ' +
    'opponent critic detractor foe enemy rival aide adviser advisor lawyer attorney'
  ).split(' '),
);

/**
 * Singular heads of the people who work for or belong to a body, or whom it names or holds: its members, staff,
 * candidates and agents ("Republican strategists", "a Democratic pollster", "GOP colleagues", "Senate conservatives",
 * "CBP officers", "Obama judges", "ICE detainees"), and a person's kin and those who acted on them ("Foley's parents").
 */
const MEMBERS: ReadonlySet<string> = new Set(
  (
    'member strategist operative negotiator pollster consultant staffer source colleague candidate nominee appointee ' +
    'politician legislator lawmaker congressman congresswoman senator leader official activist donor delegate insider ' +
    'analyst economist investigator expert employee officer agent spokesman spokeswoman spokesperson hawk hardliner ' +
    'conservative liberal moderate judge detainee prisoner hostage captive ' +
    'father mother parent son daughter wife husband brother sister friend killer'
  ).split(' '),
);

/** Entities whose adjective names a people or a place, not a body ("Egyptian officials"): left to the actor labels. */
const NOT_BODIES: ReadonlySet<string> = new Set(['place', 'demonym']);

/** A head's plural for the group's name ("ally" -> "allies", "attorney" -> "attorneys", "congressman" -> "congressmen"). */
function plural(lemma: string): string {
  if (/[^aeiou]y$/.test(lemma)) return lemma.slice(0, -1) + 'ies';
  return /(?:wo)?man$/.test(lemma) ? lemma.slice(0, -2) + 'en' : lemma + 's';
}

/**
 * The group a phrase names when its head (singular lemma; "critics", whose -ics the lemma keeps, read as "critic") is
 * an adherent noun or a noun of a body's people and a named actor modifies it ("Morsi supporters" -> "Mohammed Morsi
 * supporters", "Republican strategists" -> "Republican Party strategists"); undefined for any other head.
 */
export function adherentGroup(entity: EntityRef, lemma: string): { id: string; name: string } | undefined {
  const one = lemma.endsWith('ics') ? lemma.slice(0, -1) : lemma;
  const adherent = ADHERENTS.has(one);
  if (!adherent && !(MEMBERS.has(one) && !NOT_BODIES.has(entity.type ?? ''))) return undefined;
  return { id: `group:${one}:${entity.id}`, name: `${entity.name} ${plural(one)}` };
}

/**
 * Whether the head at token i (of a phrase named after an actor) is set before a person's name: "GOP nominee Mitt
 * Romney", "Republican strategist Kyle Downey", "Justice Department lawyer August Flentje". The phrase is then that
 * person's title (label-titles.ts reads it so), neither the actor's label nor a group of its people. The name: one to
 * four capitalised words after the head in its sentence and on its line, the first no day or month ("Morsi
 * supporters Friday"; a month with a capitalised word after it is a given name: "attorney August Flentje", "aide June
 * Abbott"), no stopword, no place or people the gazetteer knows.
 */
export function setBeforeName(d: Doc, i: number): boolean {
  const toks = d.tokens;
  const t = toks[i + 1];
  if (!t || t.sentence !== toks[i].sentence || t.kind !== 'word' || !STARTS_UPPER.test(d.text[t.start])) return false;
  if (d.text.slice(toks[i].end, t.start).includes('\n')) return false;
  if (CALENDAR.has(t.norm) ? !givenMonth(d, i + 1) : isStopword(t.norm)) return false;
  let b = i + 1;
  while (b < toks.length && toks[b].sentence === t.sentence && toks[b].kind === 'word' && capital(d, b)) b++;
  const type = gazetteerMaps().exact.get(d.text.slice(t.start, toks[b - 1].end))?.type;
  return b - i - 1 <= 4 && type !== 'place' && type !== 'demonym';
}

/**
 * Whether the month word at token k is a given name: a capitalised word follows it in its sentence and line, no day,
 * month or stopword ("August Flentje"; "supporters June 5", "voters March Tuesday" stay dates).
 */
function givenMonth(d: Doc, k: number): boolean {
  const toks = d.tokens;
  const n = toks[k + 1];
  if (!MONTH_WORDS.has(toks[k].norm) || !n || n.sentence !== toks[k].sentence || n.kind !== 'word') return false;
  if (d.text.slice(toks[k].end, n.start).includes('\n')) return false;
  return capital(d, k + 1) && !CALENDAR.has(n.norm) && !isStopword(n.norm);
}
/**
 * Whether token k is a capitalised month's word that is the given name of the capitalised word after it ("lawyer
 * August Flentje", `givenMonth`): a first name the entity reader, reading it as a date, left off the name.
 */
export function monthGivenName(d: Doc, k: number): boolean {
  return k >= 0 && capital(d, k) && givenMonth(d, k);
}

/** Months that are given names too; not "may", a modal verb before any capitalised word of a headline. */
const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS.filter((m) => m !== 'may'));

const capital = (d: Doc, k: number) => STARTS_UPPER.test(d.text[d.tokens[k].start]);

/**
 * Whether a word is a role a title before a person's name may end on, beside the title words: a body's candidates,
 * staff and agents, and a person's counsel ("GOP nominee Mitt Romney", "Republican strategist Kyle Downey", "Justice
 * Department lawyer August Flentje"). Nouns of office or trade only: "moderate", "conservative", "ally" stand before
 * "Republicans" as adjectives, and kin or backers tell a tie, not a role.
 */
export function roleTitle(norm: string): boolean {
  return ROLE_TITLES.has(norm.replace(/(?<=[^s])s$/, ''));
}

/** The members of MEMBERS and ADHERENTS that name an office or a trade (roleTitle). */
const ROLE_TITLES: ReadonlySet<string> = new Set(
  (
    'strategist operative negotiator pollster consultant staffer candidate nominee appointee politician legislator ' +
    'lawmaker congressman congresswoman activist donor analyst economist investigator officer agent aide lawyer attorney'
  ).split(' '),
);

/** Whether a head (singular lemma) names people around a person: an adherent or a member noun (`adherentGroup`). */
export function personTie(lemma: string): boolean {
  const one = lemma.endsWith('ics') ? lemma.slice(0, -1) : lemma;
  return ADHERENTS.has(one) || MEMBERS.has(one);
}

/**
 * Whether the phrase [a, head] named after an actor is one holder of a role, named back: a singular role noun after
 * "the" ("the Republican nominee's shifts", "the presumptive GOP nominee told", "Hillary Clinton—the Democratic
 * nominee"), a person the story has named, not a group of the party's nominees. "Republican nominees in 2000, 2004 and
 * 2008" and "a credible future GOP nominee" stay the group's.
 */
export function oneHolder(d: Doc, a: number, head: number): boolean {
  const toks = d.tokens;
  const h = toks[head].norm;
  if (!roleTitle(h) || h.endsWith('s')) return false;
  const the = (k: number) => toks[k]?.norm === 'the' && toks[k].sentence === toks[head].sentence;
  const adjective = toks[a - 1]?.kind === 'word' && /^\p{Ll}/u.test(d.text[toks[a - 1].start]);
  return the(a - 1) || (adjective && the(a - 2));
}

/**
 * Singular heads of people named by their tie to someone: a person's kin and household, and those they serve, work
 * beside or live beside ("their constituents", "his colleagues", "her parents", "our neighbors"), beside the
 * adherents ("his supporters", "their lawyers"). With an owner the phrase does not name, no group of the story.
 */
const KIN: ReadonlySet<string> = new Set(
  (
    'spouse child children kid baby father mother parent son daughter wife husband brother sister sibling relative ' +
    'family cousin uncle aunt nephew niece grandparent grandchild grandson granddaughter grandmother grandfather'
  ).split(' '),
);
const TIES: ReadonlySet<string> = new Set([
  ...ADHERENTS,
  ...KIN,
  ...'constituent colleague neighbor neighbour friend client employee employer boss partner'.split(' '),
]);

/** Possessive determiners: the owner is whoever the pronoun stands for. */
const POSSESSIVE = new Set('his her their its our my your'.split(' '));

/**
 * Whether the phrase opening at token a with group lemma `lemma` is a tie noun owned by someone it does not name: a
 * possessive pronoun ("their constituents", "his colleagues") or a possessive common noun ("the senator's
 * constituents") before it; "their" before a noun of kin after a plural head of people in its sentence (`groupAt`:
 * "children separated from their parents") owns it by a group the story names, and the phrase stays. Its owner's people, a label of nobody in the story's label tables; a named owner
 * ("Trump's supporters", "Foley's parents") makes the phrase a group named after the owner (adherentGroup) instead.
 */
export function ownedTie(d: Doc, a: number, lemma: string, groupAt: (j: number) => boolean): boolean {
  const one = lemma.endsWith('ics') ? lemma.slice(0, -1) : lemma;
  const p = d.tokens[a - 1];
  if (!TIES.has(one) || !p || p.sentence !== d.tokens[a].sentence) return false;
  if (p.norm === "'s") return true;
  return POSSESSIVE.has(p.norm) && !(p.norm === 'their' && KIN.has(one) && groupBefore(d, a - 1, groupAt));
}

/**
 * Whether a plural head of people stands before token k in its sentence (`groupAt`): "children separated from their
 * parents", "parents who lost their children": the kin of a group the story names, a group of the story itself.
 */
function groupBefore(d: Doc, k: number, groupAt: (j: number) => boolean): boolean {
  const s = d.tokens[k].sentence;
  for (let j = k - 1; j >= 0 && d.tokens[j].sentence === s; j--) if (groupAt(j)) return true;
  return false;
}
