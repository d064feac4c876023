// A speaker phrase that names a person as the owner of who speaks, not as the speaker: "Rubio's office said", "Mr.
// Doe ’ s administration", "Doe's defense team", "Advisers to Mr. Doe", "Officials of Doe's government", "a fact sheet
// from Doe's office". The head speaks: a body of the person's (an institution, as "his office" is), people who work
// for the person (anonymous, as "his spokeswoman" is) or a document. A name after the head ("Doe's spokesman Ivo
// Brenn") is the speaker, and such phrases are left alone. Pure.
import type { SourceKind } from './types.js';
import { classifySource } from './source-kinds.js';
import { nonPersonKind } from './institutions.js';
import { unnamedPeople } from './people-phrases.js';

/** Longer phrases are clauses caught around a verb, not a possessor and a head (and stay cheap to scan). */
const MAX_PHRASE = 120;

/** A possessive marker after a name, then one to four lower-case words closing the phrase: "Doe ’ s press office". */
const POSSESSED_TAIL = /(?:['’][ \t]?s|s[ \t]?['’])[ \t]+((?:\p{Ll}[\p{Ll}-]*[ \t]+){0,3}\p{Ll}[\p{Ll}-]*)$/u;

/** A capitalised word closing the possessor ("Mr. Doe", "Ana Doe"): the owner is named. */
const ENDS_CAPITALISED = /\p{Lu}[\p{L}.-]*[ \t]*$/u;

/** Openers of a head before its owner: "the office of …", "a fact sheet from …". */
const OPENER = /^(?:a|an|the|one|some|several|two|three|other|top|senior)$/i;

/** Links from a head to its owner: "advisers to", "a spokeswoman for", "officials of", "a memo from". */
const LINK = /^(?:to|for|of|from|by|with)$/;

/** A lower-case word of a head ("fact", "sheet", "top-level"). */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/** A capitalised word of a head that opens a sentence ("Advisers", "Officials"). */
const SENTENCE_CASE = /^\p{Lu}[\p{Ll}-]*$/u;

/** A plural head: "advisers", "aides" (not "-ss" nor "-us": "boss", "census"). */
const PLURAL = /[^su'’]s$/iu;

/** Kinds the head of an owned phrase may speak as. */
type OwnedKind = Extract<SourceKind, 'anonymous' | 'institution' | 'document'>;

/**
 * The kind and name of a phrase whose head a named person owns (`owner`: the person's lowercase surname, which the
 * owner's part must hold): "Rubio's office" (institution), "Advisers to Mr. Doe" (anonymous), "a fact sheet from Doe's
 * office" (document); null for any other phrase, or a head that is neither a body, people nor a document.
 */
export function ownedSpeaker(
  t: string,
  owner: string,
  forms: readonly string[],
): { kind: OwnedKind; name: string } | null {
  if (t.length > MAX_PHRASE || !owner) return null;
  const split = headBeforeOwner(t) ?? possessedTail(t);
  if (!split || !split.owner.toLowerCase().includes(owner)) return null;
  const kind = headKind(split.head, forms);
  return kind ? { kind, name: t.replace(/[ \t]*['’][ \t]?s\b/g, "'s").toLowerCase() } : null;
}

/** "Doe ’ s press office": the owner before the possessive and the lower-case head closing the phrase. */
function possessedTail(t: string): { owner: string; head: string } | null {
  const m = POSSESSED_TAIL.exec(t);
  if (!m) return null;
  const owner = t.slice(0, m.index + (m[0].startsWith('s') ? 1 : 0));
  return ENDS_CAPITALISED.test(owner) ? { owner, head: m[1] } : null;
}

/**
 * "Advisers to Mr. Doe", "the office of Director Ivo Doe", "a fact sheet from Doe's office": a head of lower-case
 * words (the first may open the sentence), then a link word and the owner. With no opener the head is plural: a
 * capitalised singular head is a title of the person ("Secretary of State Ivo Doe", "Chairman of the board Ivo Doe").
 */
function headBeforeOwner(t: string): { owner: string; head: string } | null {
  const words = t.split(/[ \t]+/).filter(Boolean);
  const opened = words.length > 0 && OPENER.test(words[0]);
  const from = opened ? 1 : 0;
  const link = words.findIndex((w, i) => i > from && LINK.test(w));
  if (link < 0 || link > from + 4) return null;
  const head = words.slice(from, link);
  const fits = head.every((w, i) => LOWER_WORD.test(w) || (i === 0 && !opened && SENTENCE_CASE.test(w)));
  if (!fits || (!opened && !PLURAL.test(head[head.length - 1]))) return null;
  const owner = words.slice(link + 1).join(' ');
  return /\p{Lu}/u.test(owner) ? { owner, head: head.join(' ').toLowerCase() } : null;
}

/** What a head speaks as, read with an indefinite determiner ("an office", "a fact sheet") or as a bare plural. */
function headKind(head: string, forms: readonly string[]): OwnedKind | null {
  const a = PLURAL.test(head) ? head : `${/^[aeiou]/i.test(head) ? 'an' : 'a'} ${head}`;
  const k = classifySource(a, [], forms);
  const kind = k === 'other' ? nonPersonKind(a) : k;
  const read = kind === 'other' && unnamedPeople(a) ? 'anonymous' : kind;
  return read === 'anonymous' || read === 'institution' || read === 'document' ? read : null;
}
