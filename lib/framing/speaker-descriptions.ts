// Speakers described, not named, resolved to the person the article named: a title ("the president", "the Valdor
// senator"), a party member ("the Kentucky Republican"), a head a body modifies ("officials at the Harbour
// Department"), a name set off by commas beside the phrase, the same noun said of a named speaker before ("the aide").
import type { EntityRef, Span } from '../types.js';
import type { SourceKind } from './types.js';
import { headBesideBody } from './speaker-heads.js';
import { apposedName } from './apposed.js';
import type { Titled } from './people-before.js';
import { stateTitle } from './state-titles.js';
import type { EntityAt } from './mention-lookups.js';
import { plainName } from './person-names.js';
import type { SpeakerContext } from './speaker-context.js';

const THE_WORD = /^the\s+(\p{L}+)$/iu;

/**
 * "officials at the Harbour Department", "ICE numbers": who speaks when the body written in phrase `t` (of the
 * speaker text at `span`) only modifies the phrase's head: a document, or people — the person the commas set off
 * ("Omar Doe, director of the Harbour Project, said"), the one holder of the title the article named ("the Harbour
 * Party president" after "President Ivo Doe", "the Valdor senator" after "Sen. Ana Doe"), else unnamed. Null when
 * the body heads the phrase.
 */
export function modifiedHead(
  text: string,
  t: string,
  span: Span,
  at: EntityAt | undefined,
  c: SpeakerContext,
): { kind: SourceKind; name: string; entity?: string } | null {
  if (!at) return null;
  const from = span.start + text.indexOf(t);
  const head = headBesideBody(t, Math.max(0, at.start - from), Math.max(0, Math.min(t.length, at.end - from)));
  if (head !== 'anonymous') return head ? { kind: head, name: plainName(t) } : null;
  const p = apposedPerson(span, c, 'before') ?? apposedPerson(span, c, 'after') ?? titledHead(t, c);
  return p ? { kind: 'named', name: p.name, entity: p.id } : { kind: 'anonymous', name: plainName(t) };
}

/** A title ending a phrase that opens on "the": "the Valdor senator", "the Harbour Party president". */
const TITLE_LAST = /^the\s.*\b(president|governor|senator|congressman|congresswoman|lawmaker)$/i;

/** "the Valdor senator", "the Harbour Party president": the one person of the title the article named before. */
function titledHead(t: string, c: SpeakerContext): EntityRef | undefined {
  const m = TITLE_LAST.exec(t);
  if (!m) return undefined;
  const title = m[1].toLowerCase();
  if (title !== 'president' && title !== 'governor') return c.lawmaker();
  const held = c.titled(title);
  return held.length === 1 ? held[0].e : undefined;
}

/** One member of a party described, not named: "the Kentucky Republican", "a senior Democrat". */
const PARTY_MEMBER = /^([Tt]he|[Aa]n?)\s+(?:[\p{L}.-]+\s+){0,3}(?:Republican|Democrat)$/u;

/**
 * "The Kentucky Republican said": the lawmaker last named with a title ("Sen. Ana Doe") in this paragraph or the one
 * before, else the person this paragraph last let speak by name; "a senior Democrat", or "the" with no one named
 * there, is one unnamed member. A party speaks as "the Republicans", not so.
 */
export function partyMember(t: string, c: SpeakerContext): { kind: SourceKind; name: string; entity?: string } | null {
  const m = PARTY_MEMBER.exec(t);
  if (!m || /\s(?:the|a|an|and|of)\s/i.test(t)) return null;
  if (m[1].toLowerCase() !== 'the') return { kind: 'anonymous', name: plainName(t) };
  const titled = c.lawmaker();
  if (titled) return { kind: 'named', name: titled.name, entity: titled.id };
  const last = c.memory.lastNamed();
  if (last && last.paragraph === c.paragraph)
    return { kind: 'named', name: last.name, ...(last.entity ? { entity: last.entity } : {}) };
  return { kind: 'anonymous', name: plainName(t) };
}

/** A bare title of one office: "the president", "the secretary", "the senator", "the attorney general". */
const BARE_TITLE = new RegExp(
  '^(?:the\\s+)?(former\\s+)?(president|vice\\s+president|secretary|press\\s+secretary|senator|congressman|' +
    'congresswoman|governor|judge|chairman|chairwoman|speaker|mayor|prime\\s+minister|attorney\\s+general|' +
    'inspector\\s+general|ambassador|sheriff|chief|commissioner|general)$',
  'i',
);

/**
 * "The president said": the one person the article named before with that title written before the name ("President
 * Ivo Doe", "Secretary of State Kira Loft", "Sen. Ana Doe" for "the senator"); "the Valdorian leader": the one the
 * article titled with the country's adjective ("Valdorian Prime Minister Ivo Doe"); "the former president": the one
 * titled "former President Ivo Doe". Two such people (unless the text decides, `oneTitled`) leave the title
 * unresolved; so does none, unless the article names one holder only later ("the secretary said …" in the lede,
 * "Harbour Secretary Ivo Doe" paragraphs after).
 */
export function titleHolder(t: string, c: SpeakerContext): { kind: SourceKind; name: string; entity?: string } | null {
  const m = BARE_TITLE.exec(t);
  const st = m ? null : stateTitle(t);
  if (!m && !st) return null;
  const title = m?.[2].toLowerCase().replace(/\s+/g, ' ');
  const holders = (later: boolean) =>
    !m
      ? c.stateTitled(st!.adjective, st!.title, later)
      : m[1]
        ? c
            .titled(title!, later)
            .filter((h) => h.former)
            .map((h) => h.e)
        : later
          ? c
              .titled(title!, true)
              .filter((h) => h.current)
              .map((h) => h.e)
          : oneTitled(c.titled(title!), c);
  const before = holders(false);
  const later = before.length ? before : holders(true);
  // "the president" in a story naming Ivo Doe untitled: the one person of it its event's stories call so
  const held = later.length || !m || m[1] ? later : c.eventTitled(title!);
  // "the general" beside "Brig-Gen Ivo Doe" and an untyped "Gen Amir Hajizadeh": the text does not say which
  if (held.length !== 1 || (m && c.titleUntyped(title!))) return null;
  return { kind: 'named', name: held[0].name, entity: held[0].id };
}

/**
 * Of the people titled so, who "the president" is when the text decides it: the one the article calls so as a current
 * holder (not "former President …"); of two or more, the one the speaker's paragraph names last before the speaker,
 * else the one titled plainly ("President Ivo Doe") where every other has a capitalised word before the title
 * ("Valdorian President Ana Brenn"). Else all of them (two or more: unresolved).
 */
function oneTitled(held: readonly Titled[], c: SpeakerContext): EntityRef[] {
  if (held.length < 2) return held.map((h) => h.e);
  const current = held.filter((h) => h.current);
  if (current.length < 2) return current.map((h) => h.e);
  const ids = new Set(current.map((h) => h.e));
  const near = c.mentioned(c.paragraph).filter((e) => ids.has(e));
  if (near.length) return [mainHolder(current, near[near.length - 1])];
  const plain = current.filter((h) => h.plain);
  return (plain.length === 1 ? plain : current).map((h) => h.e);
}

/**
 * Of current holders of a title, `near` (the one the paragraph names last), unless another is the story's own holder:
 * named DOMINANT times as often ("What will President Ivo Doe do about the program, created by President Ana Brenn?
 * The president has tried …" in a story naming Doe throughout).
 */
function mainHolder(current: readonly Titled[], near: EntityRef): EntityRef {
  const own = current.find((h) => h.e === near)?.mentions ?? 0;
  const top = current.reduce((a, b) => (b.mentions > a.mentions ? b : a));
  return top.e !== near && top.mentions >= DOMINANT * Math.max(own, 1) ? top.e : near;
}

/** How many times as often a story names its own title holder as one named in passing. */
const DOMINANT = 3;

/** The person entity written between commas beside a speaker phrase, before or after it, if any. */
export function apposedPerson(span: Span, c: SpeakerContext, side: 'before' | 'after'): EntityRef | undefined {
  const at = apposedName(c.docText, span.start, span.end, side);
  return at ? c.personAt(span.doc, { doc: span.doc, start: at[0], end: at[1] }) : undefined;
}

/** "the lawmaker" after "lawmaker Issam al-Kreiti" spoke: the same person, named; else null. */
export function corefEarlier(t: string, c: SpeakerContext): { kind: SourceKind; name: string; entity?: string } | null {
  const coref = THE_WORD.exec(t);
  if (!coref) return null;
  const earlier = c.memory.namedWith(coref[1].toLowerCase());
  return earlier ? { kind: 'named', name: earlier.name, ...(earlier.entity ? { entity: earlier.entity } : {}) } : null;
}

/** A description opening on a lower-case "the" (mid-sentence, after a comma): "the Valdorian envoy". */
const THE_DESCRIPTION = /^the\s/;
const COMMA_NEXT = /^[ \t]*,/;

/**
 * "Ivo Doe , the Valdorian envoy , told …", "Brenn, the harbour secretary, said": a description set off by commas
 * right after a person's name is that person, named (phrase `t` of the speaker text at `span`); else null.
 */
export function setOffDescription(
  text: string,
  t: string,
  span: Span,
  c: SpeakerContext,
): { kind: SourceKind; name: string; entity?: string } | null {
  if (!THE_DESCRIPTION.test(t)) return null;
  const end = span.start + text.indexOf(t) + t.length;
  if (!COMMA_NEXT.test(c.docText.slice(end, end + 4))) return null;
  const p = c.setOffBefore();
  return p ? { kind: 'named', name: p.name, entity: p.id } : null;
}
