// A speaker phrase opening on a possessive pronoun: "his office said", "Her spokeswoman said", "its foreign minister
// said". The pronoun's owner is not the speaker; the head is: a body of the owner's ("his office", "His
// administration") or an unnamed person or group of it ("his spokeswoman", "His backers"). Read as the same head with
// an indefinite determiner ("an office", "a spokeswoman"), which the kind readers answer. Pure.
import type { SourceKind } from './types.js';
import { classifySource } from './source-kinds.js';
import { nonPersonKind } from './institutions.js';
import { unnamedPeople } from './people-phrases.js';

/** A possessive pronoun opening a phrase, then a word. */
const POSSESSED = /^(?:his|her|its|their)\s+(?=\p{L})/iu;

/** Closing punctuation a speaker phrase may keep ("his spokeswoman ."). */
const CLOSING = /[\s.,;:]+$/u;

/**
 * The kind and name of a phrase opening on a possessive pronoun ("his office": institution; "Her spokeswoman":
 * anonymous), or null when it opens on none or its head is neither a body nor a person ("his bio", "their version
 * of events"). The name is the phrase in lower case, as other unnamed speakers' are.
 */
export function possessedSpeaker(t: string, forms: readonly string[]): { kind: SourceKind; name: string } | null {
  const m = POSSESSED.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length).replace(CLOSING, '');
  // (a plural head with no determiner: "His backers" reads as "backers")
  const a = PLURAL.test(rest) ? rest : `${/^[aeiou]/i.test(rest) ? 'an' : 'a'} ${rest}`;
  const k = classifySource(a, [], forms);
  const kind = k === 'other' ? nonPersonKind(a) : k;
  const read = kind === 'other' && unnamedPeople(a) ? 'anonymous' : kind;
  if (read !== 'anonymous' && read !== 'institution' && read !== 'media') return null;
  return { kind: read, name: t.replace(CLOSING, '').toLowerCase() };
}

/** A plural head closing the phrase: "backers", "aides" (not "-ss" nor "-us": "boss", "census"). */
const PLURAL = /[^su'’]s$/iu;

/** Whether a resolved name holds the possessive pronoun its phrase opened on ("His Russian" of "His Russian …"). */
export const ownerWordName = (name: string): boolean => /^(?:his|her|its|their)\b/i.test(name);
