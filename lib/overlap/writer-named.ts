// A newsroom no outlet table knows, named by its writer: "The New Yorker 's Ryan Lizza reported", "The Federalist 's
// Ben Domenech notes", "Tim Carney at the Washington Examiner points out". Bodies have staff too ("the Heritage
// Foundation 's James Carafano writes", "Gallup 's Lydia Saad wrote", "Trump 's adviser Kellyanne Conway said"), so the
// shape is narrow: "the" before a run of capitalised words, a writer's lead-in around it (a verb of writing or
// reporting, never "said": staff-lead-in.ts), a given name opening the writer's name, and a name that no gazetteer
// entry, body list or organisation head word ("Foundation", "Department", "House") claims.
import { gazetteerMaps, ORG_HEADS } from '../entities/gazetteer.js';
import { givenNames } from '../entities/world.js';
import { isBodyName, isKnownBody } from './body-names.js';
import { OUTLET_WORD } from './outlet-words.js';
import { writerLeadIn } from './staff-lead-in.js';

/** "the" and one to four capitalised words after it, each bounded (the name is group 1). */
const THE_NAME =
  /(?<![\p{L}\p{N}])[Tt]he\s+((?:[A-Z][\p{L}\p{N}&.-]{0,30}\s+){0,3}[A-Z][\p{L}\p{N}&.-]{0,30})(?![\p{L}\p{N}])/gu;
/**
 * Two to four capitalised words right before a possessive, inside a sentence (after a comma, colon or a lowercase
 * word), with no "the" (THE_NAME reads those): "Before that , Conservative Review 's Daniel Horowitz lays out". Group 1 is the name.
 */
const BARE_NAME =
  /(?<=(?:[,;:]|\p{Ll})\s)(?![Tt]he\s)((?:[A-Z][\p{L}\p{N}&.-]{0,30}\s+){1,3}[A-Z][\p{L}\p{N}&.-]{0,30})(?=\s?['\u2019]\s?s\s)/gu;
/** A word of a newsroom's name: such names are read as outlet-like names already (citations.ts). */
const NEWS_WORD = new RegExp(`(?<![\\p{L}])${OUTLET_WORD}(?![\\p{L}])`, 'u');
/** A quick test before the scan: every writer's lead-in holds one of these verbs (staff-lead-in.ts). */
const ANY_WRITER_VERB =
  /\b(?:report|wrote|writes|note|explain|reveal|observ|point|has more|has the|argue|contend|opine|lays|laid|made|makes|offer)/;

/** A name read as a newsroom's from its writer's lead-in: the span of the name (no "the") and the name cited. */
export interface WriterNamed {
  start: number;
  end: number;
  cited: string;
}

/** Seats of power named for the government inside them, as copy writes them ("the Kremlin 's Dmitry Peskov noted"):
 * a government's staff, no newsroom's. Written from knowledge, not from a corpus. */
const SEATS_OF_POWER: ReadonlySet<string> = new Set(
  'kremlin fed elysee élysée knesset duma bundestag politburo palace crown vatican pentagon'.split(' '),
);

/**
 * Whether a capitalised name is some other thing's: a place, group or body the gazetteer or body list knows, a seat of
 * power, a name whose last word heads an organisation's ("Heritage Foundation", "White House"), a plural ("the
 * Democrats ' Nancy Pelosi", "the Lakers ' LeBron James": a party, team or family) or one holding an initialism.
 */
function claimedElsewhere(name: string): boolean {
  const last = name.split(/\s+/).pop()!.toLowerCase();
  if (ORG_HEADS.has(last) || SEATS_OF_POWER.has(last) || /[^s]s$/.test(last) || /\./.test(name)) return true;
  return gazetteerMaps().exact.has(name) || isKnownBody(name) || isBodyName(name);
}

/**
 * Names after "the" that a writer's lead-in makes a newsroom's ("The Federalist 's Ben Domenech notes"), in text
 * order. The caller keeps those no outlet table resolves; a name holding a newsroom word ("Long War Journal") is left
 * to the outlet-like reader.
 */
export function writerNamedOutlets(text: string): WriterNamed[] {
  if (!ANY_WRITER_VERB.test(text)) return [];
  const out: WriterNamed[] = [];
  for (const m of text.matchAll(THE_NAME)) {
    const start = m.index + m[0].length - m[1].length;
    if (writerNamed(text, start, m[1])) out.push({ start, end: start + m[1].length, cited: `The ${spaced(m[1])}` });
  }
  // without "the": a name of two or more words that opens with no given name (no person's: "Donald Trump 's")
  for (const m of text.matchAll(BARE_NAME)) {
    if (givenNames().has(m[1].split(/\s+/)[0].toLowerCase())) continue;
    if (writerNamed(text, m.index, m[1])) out.push({ start: m.index, end: m.index + m[1].length, cited: spaced(m[1]) });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** A name with its spaces made single. */
const spaced = (name: string) => name.replace(/\s+/g, ' ');

/** Whether the name at `start` is a newsroom's by its writer's lead-in (see writerNamedOutlets). */
function writerNamed(text: string, start: number, name: string): boolean {
  if (NEWS_WORD.test(name) || claimedElsewhere(name)) return false;
  const words =
    writerLeadIn(text, start, start + name.length)
      ?.writer?.toLowerCase()
      .split(/\s+/) ?? [];
  // the writer's name opens with a given name, or its second word does after a word opening the sentence ("As Tim
  // Carney at the Washington Examiner points out")
  return words.slice(0, 2).some((w) => givenNames().has(w));
}
