// The people a doc names before a speaker, for resolving "he", "the senator", "the president": each question reads
// only the window of the doc's sorted person mentions it is about (a paragraph, a sentence, two paragraphs), found by
// binary search, so a long article with many speakers costs speakers × window, not speakers × mentions.
import type { Doc, EntityRef, Span } from '../types.js';
import { firstStartingAt, rangeAt, startingIn } from '../util/search.js';
import { VERB_ALT } from './speech-verbs.js';

/** One person mention of a doc; a doc's list is sorted by start, then end. */
export interface PersonAt {
  start: number;
  end: number;
  e: EntityRef;
}

/** The first offset a token of paragraph `p` can start at: the end of the paragraph before (sentences.ts). */
function paragraphFloor(d: Doc, p: number): number {
  return p > 0 ? (d.paragraphs[p - 1]?.end ?? 0) : 0;
}

/** The sentence containing offset `pos` (sentences sorted and disjoint), by binary search. */
export function sentenceAt<S extends { start: number; end: number }>(
  sentences: readonly S[],
  pos: number,
): S | undefined {
  const i = rangeAt(sentences, pos);
  return i >= 0 ? sentences[i] : undefined;
}

/**
 * The people named in paragraph `p` of `d` before `pos`, outside the doc's quotes (`quoted`, sorted): "… by the Varga
 * regime,” he said" makes Varga no one's referent.
 */
export function namedBefore(
  people: readonly PersonAt[],
  d: Doc,
  quoted: readonly Span[],
  pos: number,
  p: number,
): EntityRef[] {
  const to = Math.min(pos, d.paragraphs[p]?.end ?? pos);
  return startingIn(people, paragraphFloor(d, p), to)
    .filter((m) => sentenceAt(d.sentences, m.start)?.paragraph === p && rangeAt(quoted, m.start) < 0)
    .map((m) => m.e);
}

/**
 * A prepositional or participle phrase opening a sentence, up to its comma: "In his ruling Saturday, …", "After meeting
 * Doe, …", "Speaking during his flight, …", "Asked last week whether …, …".
 */
export const OPENING_PHRASE =
  /^(?:(?:In|At|After|Before|During|On|With|Following|Despite|Since|Unlike|Like|Against|Amid|Under|From|Without|According to|For)\s|\p{Lu}\p{Ll}+(?:ing|ed)\s+\p{Ll})[^,]*,/u;

/**
 * Words a sentence's subject may follow at its start: a connective ("But", "Meanwhile,"), then titles and capitalised
 * words ("U.S. Chamber of Commerce President", "White House spokesman", "Sen.").
 */
const SUBJECT_LEAD =
  /^\s*(?:(?:But|And|So|Yet|Still|However|Meanwhile|Rather|Instead|Later|Earlier|Now|Then|Also)\s*,?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+|(?:of|the|and|for)\s+|\p{Ll}*(?:man|woman|person|secretary|director|chief|leader|minister|official|adviser|judge)\s+)*$/u;

/**
 * The person who opens the sentence at `pos` as its subject (after an opening prepositional or participle phrase, a
 * connective and titles), before `pos`; else the one opening the nearest sentence before it in the same paragraph that
 * names someone outside quotes (up to SUBJECT_LOOKBACK sentences back): news copy puts the subject first and carries it
 * on with pronouns and quotes ("Judge Ana Doe cited … against Ivo Brenn. He said …"; "Doe, a farmer, said … . “…” ¶
 * “…,” he said"). A sentence that names someone who is not its subject ends the search.
 */
export function sentenceSubject(
  people: readonly PersonAt[],
  d: Doc,
  quoted: readonly Span[],
  pos: number,
): EntityRef | undefined {
  const i = rangeAt(d.sentences, pos);
  for (let k = i; k >= 0 && k >= i - SUBJECT_LOOKBACK; k--) {
    if (d.sentences[k].paragraph !== d.sentences[i].paragraph) return undefined;
    const s = d.sentences[k];
    const to = k === i ? pos : s.end;
    const main = mainClauseSubject(people, d, quoted, s.start, to);
    if (main) return main;
    const open = OPENING_PHRASE.exec(d.text.slice(s.start, Math.min(s.end, s.start + 200)));
    const from = s.start + (open ? open[0].length : 0);
    const first = startingIn(people, from, to).find((m) => rangeAt(quoted, m.start) < 0);
    if (first) return SUBJECT_LEAD.test(d.text.slice(from, first.start)) && !joined(d, first) ? first.e : undefined;
    // (the sentence holding `pos` and the one before are read as before, whatever they name; further back, only past
    // sentences that name no one outside quotes)
    if (k < i && startingIn(people, s.start, s.end).some((m) => rangeAt(quoted, m.start) < 0)) return undefined;
  }
  return undefined;
}
/** Sentences before the speaker's that a subject is looked for in, past sentences naming no one. */
const SUBJECT_LOOKBACK = 3;

/**
 * Where the statement a speaker at `pos` trails starts: the start of its sentence when the speaker closes it ("Doe and
 * Brenn have overseen a “…” , he said .", "…, she said in an interview ."), else null. A sentence opening on a phrase
 * or a clause before the comma ("After meeting Doe , he said …", "When Doe took office , he said …") is no statement,
 * nor is one the speaker's comment interrupts (", he said , Republican support never …").
 */
export function statementStart(d: Doc, pos: number): number | null {
  const s = sentenceAt(d.sentences, pos);
  if (!s) return null;
  const before = d.text.slice(s.start, pos);
  if (!STATEMENT_COMMA.test(before) || OPENING_PHRASE.test(before) || SUBORDINATE_OPENING.test(before)) return null;
  return CLOSING_VERB.test(d.text.slice(pos, Math.min(s.end, pos + 80))) ? s.start : null;
}
/** Own words, then a comma or a closing quote mark right before the speaker: ", he said", "a “deep change ,” he said". */
const STATEMENT_COMMA = /\p{L}.*(?:,|[”"]|'')\s*$/su;
/**
 * The speaker, its verb, maybe a time or place, then the sentence's end, a colon or a participle ("he said .", "she
 * said in an interview .", "he said , flatly contradicting …").
 */
const CLOSING_VERB =
  /^\S+\s+(?:also\s+)?\p{Ll}+(?:\s+(?:on|in|at|during|last|this|late|early|earlier|later|\p{Lu}\p{Ll}+day)\b[^.,;:!?]{0,40})?\s*(?:[.!?:]|,\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ing\b)/u;

/**
 * The people named in the speaker's paragraph before `pos` (`namedBefore` of paragraph `p`) who may be the speaker: of
 * the statement the speaker trails (`statementStart`), only its subject and a person a verb of saying follows ("Doe
 * said : “…,” he said"); the others are what is said ("Doe and Brenn have overseen …, he said": neither speaks).
 */
export function namedBeforeSpeaker(
  people: readonly PersonAt[],
  d: Doc,
  quoted: readonly Span[],
  pos: number,
  p: number,
): EntityRef[] {
  const from = statementStart(d, pos);
  const all = namedBefore(people, d, quoted, pos, p);
  if (from === null) return all;
  const subject = sentenceSubject(people, d, quoted, pos);
  const speaks = new Set(
    startingIn(people, from, pos)
      .filter((m) => m.e === subject || SAYS_AFTER.test(d.text.slice(m.end, m.end + 30)))
      .map((m) => m.e),
  );
  const earlier = new Set(namedBefore(people, d, quoted, from, p));
  return all.filter((e) => earlier.has(e) || speaks.has(e));
}
/** A verb of saying right after a name: "Doe said :", "Doe , the envoy , told". */
const SAYS_AFTER = new RegExp(`^\\s*(?:,[^,]{1,60},\\s*)?(?:${VERB_ALT})\\b`);

/** A subordinate clause opening a sentence: "When …,", "While …,", "Although …,". */
const SUBORDINATE_OPENING =
  /^(?:(?:But|And|Yet)\s+)?(?:When|While|Although|Though|Whereas|If|Because|Once|Even\s+though|Even\s+as|As)\s/;

/**
 * The person opening the main clause of a sentence (from `start`, read before `to`) that opens on a subordinate
 * clause: "When Ivo Doe accused Ana Brenn of …, Brenn answered …" is Brenn's sentence. The first comma after which a
 * person follows with only titles between ends the clause; none (the main clause opens on a pronoun or a description):
 * undefined, and the sentence is read as any other.
 */
function mainClauseSubject(
  people: readonly PersonAt[],
  d: Doc,
  quoted: readonly Span[],
  start: number,
  to: number,
): EntityRef | undefined {
  const head = d.text.slice(start, Math.min(to, start + 300));
  if (!SUBORDINATE_OPENING.test(head)) return undefined;
  const inside = startingIn(people, start, to).filter((m) => rangeAt(quoted, m.start) < 0);
  for (let c = head.indexOf(','); c >= 0; c = head.indexOf(',', c + 1)) {
    const m = inside.find((x) => x.start > start + c);
    if (!m) return undefined;
    if (SUBJECT_LEAD.test(d.text.slice(start + c + 1, m.start)) && !joined(d, m)) return m.e;
  }
  return undefined;
}

/** Whether a person mention is joined to another by "and"/"or" ("Sen. Ana Doe and Sen. Ivo Brenn met …"): two subjects. */
function joined(d: Doc, m: PersonAt): boolean {
  return JOINED_AFTER.test(d.text.slice(m.end, m.end + 6));
}
const JOINED_AFTER = /^\s*(?:and|or|&)\s/;

/** Titles of lawmakers and governors, whom news copy calls "the Ohio Republican" after naming them. */
const LAWMAKER_TITLE = /\b(?:Sen|Rep|Gov|Senator|Representative|Congressman|Congresswoman|Governor)\.?\s*$/;

/** The person last named with a lawmaker's title before `pos`, in its paragraph or the one before. */
export function lastLawmaker(d: Doc, people: readonly PersonAt[], pos: number): EntityRef | undefined {
  const p = sentenceAt(d.sentences, pos)?.paragraph ?? -1;
  let best: PersonAt | undefined;
  for (const m of startingIn(people, p > 0 ? paragraphFloor(d, p - 1) : 0, pos)) {
    if (best && m.start <= best.start) continue;
    const q = sentenceAt(d.sentences, m.start)?.paragraph ?? -2;
    if ((q === p || q === p - 1) && LAWMAKER_TITLE.test(d.text.slice(Math.max(0, m.start - 16), m.start))) best = m;
  }
  return best?.e;
}

const WORD_INITIAL = /\b\p{L}/gu;

/**
 * How a title is written right before a name, beside its own words: abbreviations and the forms of the same office
 * ("the senator" is "Sen. Ana Doe", "the congressman" is "Rep. Ivo Brenn"). Style-guide forms, written for the project.
 */
const TITLE_FORMS: ReadonlyMap<string, string> = new Map([
  ['senator', 'Sen|Senator'],
  ['congressman', 'Rep|Congressman|Representative'],
  ['congresswoman', 'Rep|Congresswoman|Representative'],
  ['governor', 'Gov|Governor'],
  ['general', 'Gen|General'],
  ['commander', 'Cmdr|Commander'],
]);
/** Words that make a title another office: "Vice President", "Attorney General", "Deputy Secretary". */
const OTHER_OFFICE_BEFORE =
  '(?<!(?:Vice|Attorney|Inspector|Surgeon|Solicitor|Secretary|Adjutant|Deputy|Under|Assistant)[\\s-])';

/** The pattern of a title written before a name: its forms, each word capitalised, not part of a longer office. */
function titleForms(title: string): string {
  const own = title.replace(WORD_INITIAL, (x) => x.toUpperCase()).replace(/\s+/g, '\\s+');
  return `${OTHER_OFFICE_BEFORE}(?:${TITLE_FORMS.get(title) ?? own})`;
}

/** A person the doc titled before a position, and how: `current` when some titled mention is no "former/late/ousted/
 * then-" holder's, `plain` when some such mention has no capitalised word before the title ("President Ivo Doe", not
 * "Valdorian President Ana Brenn" or "U.S. President …"), `former` when some mention reads "former <title> Ivo Doe";
 * `mentions`: how often the doc names the person, titled or not. */
export interface Titled {
  e: EntityRef;
  current: boolean;
  plain: boolean;
  former: boolean;
  mentions: number;
}

/** Where a person is first titled, as a current holder, plainly, and as a former one (Infinity: never). */
interface FirstTitled {
  m: PersonAt;
  current: number;
  plain: number;
  former: number;
}

/** A title's holder written as a past one: "former", "the late", "ousted Islamist", "then-", "ex-". */
const PAST_HOLDER = /\b(?:former|ousted|late|then|deposed|ex)[\s-]+(?:\p{Lu}[\p{L}.'’-]*\s+)?$/iu;
/** A capitalised word right before a title: a country's or party's adjective ("Valdorian", "U.S.", "Islamist"). */
const FORMER_BEFORE = /\b[Ff]ormer\s+(?:\p{Lu}[\p{L}.'’-]*\s+)?$/u;
const CAPITALISED_BEFORE = /(?<![\p{L}.'’-])(?!(?:The|A|An|But|And|As|So|Now|When|While|If)\s)\p{Lu}[\p{L}.'’-]*\s*$/u;

/**
 * The distinct people a doc names with a title (any case) capitalised right before the name, before a position:
 * `titled(title, pos)`, with whether the doc titles them as current holders and plainly (`Titled`). Each title's
 * mentions are read once per doc, in order of first naming; a call then reads only the distinct people, not every
 * mention before `pos`.
 */
export function titledPeople(text: string, people: readonly PersonAt[]): (title: string, pos: number) => Titled[] {
  // per title: each person's first titled mention, in text order, and the first current and plain ones
  const firsts = new Map<string, FirstTitled[]>();
  const counts = new Map<EntityRef, number>();
  for (const m of people) counts.set(m.e, (counts.get(m.e) ?? 0) + 1);
  const read = (title: string) => {
    // "President Ivo Doe", "Secretary of State Kira Loft", "Sen. Ana Doe"; not "Vice President Ivo Doe"
    const before = new RegExp(`\\b${titleForms(title)}(?:\\s+of\\s+\\p{Lu}[\\p{L}-]*)*\\.?\\s+$`, 'u');
    const out = new Map<EntityRef, FirstTitled>();
    for (const m of people) {
      const pre = text.slice(Math.max(0, m.start - 80), m.start);
      const tail = pre.slice(-40);
      const t = before.exec(tail);
      if (!t) continue;
      const head = pre.slice(0, pre.length - tail.length + t.index);
      const f = out.get(m.e) ?? out.set(m.e, { m, current: Infinity, plain: Infinity, former: Infinity }).get(m.e)!;
      if (FORMER_BEFORE.test(head)) f.former = Math.min(f.former, m.start);
      if (PAST_HOLDER.test(head)) continue;
      f.current = Math.min(f.current, m.start);
      if (!CAPITALISED_BEFORE.test(head)) f.plain = Math.min(f.plain, m.start);
    }
    const list = [...out.values()];
    firsts.set(title, list);
    return list;
  };
  return (title, pos) =>
    (firsts.get(title) ?? read(title))
      .filter((f) => f.m.start < pos)
      .map((f) => ({
        e: f.m.e,
        current: f.current < pos,
        plain: f.plain < pos,
        former: f.former < pos,
        mentions: counts.get(f.m.e) ?? 0,
      }));
}

/**
 * Whether the doc writes the title before a name where no person mention of the doc (`people`, sorted) starts, as
 * when the entity table left a name untyped ("Brig-Gen Amir Hajizadeh" beside the person "Brig-Gen Ivo Doe"): a bare
 * "the general" may then be either. Each run of capitalised words after the title is read.
 */
export function titleUntyped(text: string, title: string, people: readonly PersonAt[]): boolean {
  const run = new RegExp(`\\b${titleForms(title)}\\.?\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)`, 'gu');
  for (const m of text.matchAll(run)) {
    const from = m.index + m[0].length - m[1].length;
    if (!startingIn(people, from, from + m[1].length).length) return true;
  }
  return false;
}

/**
 * Each person's first mention in `people` (sorted) whose `reach` characters before it match `before` (a pattern
 * anchored at its end: a title right before the name), in text order.
 */
export function firstMentionsAfter(
  text: string,
  people: readonly PersonAt[],
  before: RegExp,
  reach: number,
): PersonAt[] {
  const seen = new Set<EntityRef>();
  const out: PersonAt[] = [];
  for (const m of people)
    if (!seen.has(m.e) && before.test(text.slice(Math.max(0, m.start - reach), m.start))) {
      seen.add(m.e);
      out.push(m);
    }
  return out;
}

/** Only a comma between a name and what follows it: "Ivo Doe , the Valdorian envoy". */
const COMMA_BETWEEN = /^[ \t]*,[ \t]*$/;

/**
 * The person whose mention ends on a comma right before `pos`, the start of a description set off by commas after the
 * name ("Ivo Doe , the Valdorian envoy , told …", "Brenn, the second harbour secretary, said"), by the doc's person
 * mentions (`people`, sorted), so a one-word name counts; else undefined. One binary search and a few mentions read.
 */
export function personSetOffBefore(text: string, people: readonly PersonAt[], pos: number): EntityRef | undefined {
  const last = firstStartingAt(people, pos) - 1;
  // mentions nested in a longer one ("Ivo Doe" inside "Valdorian envoy Ivo Doe") start before it: read a few back
  for (let k = last; k >= 0 && k > last - 4; k--) {
    const m = people[k];
    if (m.end <= pos && COMMA_BETWEEN.test(text.slice(m.end, pos))) return m.e;
  }
  return undefined;
}
