// Lines that give a named person's statement after the name and a colon: a linked opinion piece's headline ("Ana Doe :
// The governor's cruel plan hurts children"), a bullet of an op-ed's summary ("Doe : Both parties panicked"), a wire
// digest's all-caps head ("ACTING TRADE MINISTER : TARIFFS WILL HURT FARMERS"). The words after the colon are the
// person's, not the outlet's, so voice.ts reads the line as reported speech with that person as its speaker. Labels of
// the page ("SEE ALSO :", "RELATED :", "UPDATE :"), numbered points ("Two :") and places ("Syria :") name no one and
// stay the outlet's; interview turns ("Q :", "HOST :") are the transcript reader's (lib/text/transcript.ts).
import { isPersonStart } from '../entities/person-words.js';
import { ROLE_CUES } from '../entities/gazetteer.js';
import { isPeopleNoun } from './speaker-heads.js';

/** A line's statement longer than this is a paragraph under a section label, not a headline or a bullet. */
const MAX_STATEMENT = 220;
/** Fewer words than this after the colon are a field's value ("Director : Ana Doe"), not a statement. */
const MIN_WORDS = 4;

/** Who headlines quote by what they do, beside the roles of lib/entities (ROLE_CUES) and the nouns for people. */
const TALKERS = new Set(['expert', 'insider', 'observer', 'columnist', 'host', 'anchor', 'pollster', 'watchdog']);

/** Text inside double quote marks (curly, straight, or the tokenizer's `` ''), for the statement's length. */
const QUOTED = /“[^“”\n]*”|``(?:[^'`\n]|'(?!'))*''|"[^"\n]*"/g;

/** How many lone surnames a doc may look up in full (each lookup scans the text once). */
const MAX_SURNAMES = 16;

/** "Name :" opening a line: one to four capitalised words (initials, hyphens, apostrophes) and the colon. */
const LABEL = /^[ \t]*((?:\p{Lu}[\p{L}.'\u2019-]*)(?:[ \t]+\p{Lu}[\p{L}.'\u2019-]*){0,3})[ \t]*:[ \t]+(?=\S)/u;

/** One attributed line: the whole line [start, end) and its speaker's name [start, end). */
export interface AttributedLine {
  span: [number, number];
  speaker: [number, number];
}

/** A given name written before `surname` somewhere in `text` ("Ana Doe" for "Doe"): the doc names the person. */
function namedInFull(text: string, surname: string): boolean {
  const esc = surname.replace(/[.'\u2019-]/g, (c) => `\\${c}`);
  const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)[ \\t]+${esc}(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(re)) if (isPersonStart(m[1].toLowerCase())) return true;
  return false;
}

/**
 * Whether the words before the colon name a person: a given name and a surname ("Ana Doe"), a surname the doc writes
 * in full elsewhere ("Doe :" with "Ana Doe" in the text), or a title whose last word is a role ("ACTING TRADE
 * MINISTER", "Pundit").
 */
function namesPerson(text: string, label: string, full: Map<string, boolean>): boolean {
  const words = label.split(/[ \t]+/);
  // a possessive names a thing of the person's ("Ana Doe's America : 50 Years After …"), a title, not a speaker
  if (words.some((w) => /['\u2019]s$/.test(w))) return false;
  const last = words[words.length - 1].toLowerCase();
  // a role ("ACTING TRADE MINISTER") or one person named by a noun for people ("PUNDIT", "Expert", "MUSLIM MAN"); a
  // plural is as often a list's or a section's head ("Sources : State Department, …", "Dreamers : …") as speakers
  if (ROLE_CUES.has(last) || TALKERS.has(last) || (isPeopleNoun(last) && !last.endsWith('s'))) return true;
  if (words.length >= 2) return isPersonStart(words[0].toLowerCase()) && /\p{Ll}/u.test(words[1]);
  if (!/^\p{Lu}\p{Ll}+$/u.test(label)) return false;
  // one scan of the text per surname, for a few surnames a doc (a file of many "Word :" lines stays linear)
  if (!full.has(label)) full.set(label, full.size < MAX_SURNAMES && namedInFull(text, label));
  return full.get(label)!;
}

/** The previous line with text before `lineStart` ends in a colon: the line is an item of a list it introduces. */
function listItem(text: string, lineStart: number): boolean {
  let e = lineStart - 1;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e > 0 && text[e - 1] === ':';
}

/** Whether line [start, end) of `text` is a person's statement after their name; its speaker span when it is. */
function attributedLine(text: string, start: number, end: number, full: Map<string, boolean>): AttributedLine | null {
  const line = text.slice(start, end);
  const m = LABEL.exec(line);
  if (!m) return null;
  const statement = line.slice(m[0].length).trim();
  // a quotation the headline gives after a dash is the speaker's word for word: the headline's length is its own
  const own = statement.replace(QUOTED, ' ');
  if (own.length > MAX_STATEMENT || statement.split(/\s+/).length < MIN_WORDS) return null;
  if (!namesPerson(text, m[1], full) || listItem(text, start)) return null;
  // a section about the person, not their words: "Doe : Critics have attacked Doe for …"
  const words = m[1].split(/[ \t]+/);
  const surname = words[words.length - 1].toLowerCase();
  if (
    statement
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .includes(surname)
  )
    return null;
  const at = start + line.indexOf(m[1]);
  return { span: [start, end], speaker: [at, at + m[1].length] };
}

/** The attributed lines of a text, in order (lines are split at newlines; the text's only line counts, as a title). */
export function attributedLines(text: string): AttributedLine[] {
  const out: AttributedLine[] = [];
  const full = new Map<string, boolean>();
  let colon = text.indexOf(':');
  for (let start = 0; colon >= 0 && start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (colon < end) {
      const found = attributedLine(text, start, end, full);
      if (found) out.push(found);
      colon = text.indexOf(':', end);
    }
    start = end + 1;
  }
  return out;
}
