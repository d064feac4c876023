// Transcripts: broadcast and interview text where each turn opens a paragraph with its speaker's name and a colon
// ("AMY GOODMAN: We're turning now to …", "SEN. JANE DOE ( D-NY ): Thank you.", "Ana Doe: Is there a pattern?", and
// after that first turn, the initials "AD:"). The turn is that person's speech, not the outlet's narration, and so are
// the paragraphs after it up to the next turn (an answer runs over several paragraphs) until narration resumes; the
// label is a stage direction, not a mention of the person. An article is a transcript when at least two speakers each
// take two or more turns. Furniture lines that also open with a word and a colon ("RELATED:", "UPDATE:") take no
// turns, and a label made of common words is no name.
import { STOPWORDS } from './stopwords.js';
import { isPersonStart } from '../entities/person-words.js';

/** One turn: the speaker label at a paragraph's start and the speech after it. */
export interface TranscriptTurn {
  /** the label as written, without the colon ("AMY GOODMAN", "SEN. TED CRUZ ( R-TX )", "AT") */
  label: string;
  /** the speaker's name in reading case, in full where the doc gives it ("Amy Goodman"; "Ana Doe" for "AD") */
  speaker: string;
  /** the label with its colon: text offsets [labelStart, labelEnd) */
  labelStart: number;
  labelEnd: number;
  /** the speech: from after the colon to the end of the turn's last paragraph (the next turn or narration ends it) */
  start: number;
  end: number;
}

// up to five words in capitals (titles with a full stop, hyphens, apostrophes, accented capitals), then a role or a
// party after a comma or in brackets, without lower case ("BILL DOE , HBO HOST", "SEN. ANA DOE ( R-TX )"), and a colon
const CAPS_LABEL =
  /^[ \t]*((?:\p{Lu}[\p{Lu}\p{M}.'’-]*[ \t]+){0,4}\p{Lu}[\p{Lu}\p{M}.'’-]*\p{Lu}[.]?)((?:[ \t]*,|[ \t]+\()[^\p{Ll}:\n]{1,60}?)?[ \t]*:[ \t]*/u;

// a name in title case, two to four words ("Amanda Taub", "Steve Inskeep"), then a colon
const TITLE_LABEL = /^[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){1,3})[ \t]*:[ \t]*/u;

/** A word's first letter (with the space or hyphen before it); global, used with replace, which restarts it. */
const WORD_INITIAL = /(^|[\s-])(\p{L})/gu;

/** Labels of site furniture that open a line with capitals and a colon but are nobody's turn. */
const FURNITURE = new Set([
  'related',
  'update',
  'updated',
  'breaking',
  'correction',
  'watch',
  'video',
  'photos',
  'note',
]);

/** How many initials or common words a doc may look up in its text (each lookup scans the text once). */
const MAX_SCANS = 16;

/** How many speakers' surnames the run-on check looks for. */
const MAX_TAKERS = 48;

/** How many characters of a paragraph's start the label may take. */
const LABEL_REACH = 110;

/** A label that can be a name: its last word neither a common word nor furniture ("THE FACTS", "READ MORE"). */
function nameLike(name: string): boolean {
  const words = name.toLowerCase().split(/[ \t]+/);
  const last = words[words.length - 1].replace(/[.'’]+$/, '');
  return !STOPWORDS.has(last) && !FURNITURE.has(last) && !words.some((w) => FURNITURE.has(w));
}

/** "SEN. KEVIN DE LEÓN" -> "Sen. Kevin De León": each word's first letter kept, the rest lowered. */
export function readingCase(label: string): string {
  return label.toLowerCase().replace(WORD_INITIAL, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** A label found at a paragraph's start, before the names are resolved. */
interface Found {
  label: string;
  /** the name part of the label (without a role or party), as written */
  name: string;
  caps: boolean;
  labelStart: number;
  labelEnd: number;
  start: number;
  /** the paragraph's index and end */
  para: number;
  end: number;
}

/** The label opening paragraph `p` (index `i`), if any. */
function labelAt(text: string, p: { start: number; end: number }, i: number): Found | null {
  const head = text.slice(p.start, Math.min(p.end, p.start + LABEL_REACH));
  const caps = CAPS_LABEL.exec(head);
  const m = caps ?? TITLE_LABEL.exec(head);
  if (!m) return null;
  const name = m[1];
  // a name in title case opens with a known given name ("Steve Inskeep :"), not a topic ("Border Security :")
  if (!caps && !isPersonStart(name.split(/[ \t]/)[0].toLowerCase())) return null;
  const label = caps && m[2] ? name + m[2].trimEnd() : name;
  const labelStart = p.start + m[0].indexOf(name);
  const start = p.start + m[0].length;
  if (start >= p.end) return null;
  return {
    label,
    name,
    caps: !!caps,
    labelStart,
    labelEnd: p.start + m[0].trimEnd().length,
    start,
    para: i,
    end: p.end,
  };
}

/** The first letters of a name's words, titles with a full stop left out ("Dr. Erica Borghard" -> "EB"). */
function initialsOf(name: string): string {
  return name
    .split(/[ \t]+/)
    .filter((w) => !w.endsWith('.'))
    .map((w) => w[0].toUpperCase())
    .join('');
}

/** A person's name with these initials written in `text` before `end` ("Erica Borghard" for "EB"), in reading case. */
function writtenName(text: string, initials: string, end: number): string | null {
  const words = [...initials].map((c) => `${c}\\p{Ll}[\\p{L}'’-]*`).join('[ \\t]+');
  const re = new RegExp(`(?<![\\p{L}])${words}(?![\\p{L}])`, 'gu');
  for (const m of text.slice(0, end).matchAll(re)) if (isPersonStart(m[0].split(/[ \t]/)[0].toLowerCase())) return m[0];
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Two capitalised parts joined by a hyphen ("Jong-Min"); a module constant, as tsx rebuilds a \p{...} literal per call. */
const HYPHENED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/**
 * A given name before a surname: a listed one ("Theresa"), or a compound of two capitalised parts joined by a hyphen,
 * the shape of a given name in Korean, Chinese or French spelling ("Jong-Min", "Hye-Jin", "Jean-Luc") that no list
 * holds whole.
 */
function givenName(w: string): boolean {
  return isPersonStart(w.toLowerCase()) || HYPHENED_GIVEN.test(w);
}

/** `word` written as a surname after a given name in `text` before `end` ("Theresa May" for "MAY :", "Jong-Min You"). */
function writtenSurname(text: string, word: string, end: number): boolean {
  const re = new RegExp(
    `(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)[ \\t]+${escape(readingCase(word))}(?![\\p{L}])`,
    'gu',
  );
  for (const m of text.slice(0, end).matchAll(re)) if (givenName(m[1])) return true;
  return false;
}

/** The names a doc's labels give in full, by initials and by last word (the first label wins), and lookups made. */
interface Names {
  text: string;
  byInitials: Map<string, string>;
  bySurname: Map<string, string>;
  /** the scans of the text already made, by initials ("i:EB") or word ("s:MAY"): one scan each, however many turns */
  memo: Map<string, string | null>;
}

function namesOf(text: string, found: readonly Found[]): Names {
  const names: Names = { text, byInitials: new Map(), bySurname: new Map(), memo: new Map() };
  for (const f of found) {
    if (!/[ \t]/.test(f.name)) continue;
    const n = f.caps ? readingCase(f.name) : f.name;
    if (!names.byInitials.has(initialsOf(n))) names.byInitials.set(initialsOf(n), n);
    const last = n.split(/[ \t]+/).pop()!;
    if (!names.bySurname.has(last)) names.bySurname.set(last, n);
  }
  return names;
}

/** A scan of the text, made once per key (before the first label that asks), for the first few keys of a doc. */
function scanned(names: Names, key: string, scan: () => string | null): string | null {
  if (!names.memo.has(key)) names.memo.set(key, names.memo.size < MAX_SCANS ? scan() : null);
  return names.memo.get(key)!;
}

/**
 * The speaker a label stands for, in reading case, or null when the label is no name: initials stand for a name the
 * doc gives in full with those initials (a fuller label first, else its text: "AT" after "Amanda Taub :"); a lone
 * surname for the fuller label that ends with it ("MAHER" after "BILL MAHER , HBO HOST"); a common word only when the
 * doc writes it as a surname ("MAY" after "Theresa May").
 */
function speakerOf(names: Names, f: Found): string | null {
  const { text } = names;
  const word = !/[ \t]/.test(f.name);
  if (f.caps && word && /^\p{Lu}{2,3}$/u.test(f.name)) {
    const named =
      names.byInitials.get(f.name) ?? scanned(names, 'i:' + f.name, () => writtenName(text, f.name, f.labelStart));
    if (named) return named;
  }
  const surname = () =>
    scanned(names, 's:' + f.name, () => (writtenSurname(text, f.name, f.labelStart) ? f.name : null)) !== null;
  if (!nameLike(f.name) && !(f.caps && word && surname())) return null;
  const own = f.caps ? readingCase(f.name) : f.name;
  return word ? (names.bySurname.get(own) ?? own) : own;
}

/** The key a speaker is counted under: the last word of the name, lowered ("Sen. Ted Cruz" and "Cruz" are one). */
const keyOf = (speaker: string) =>
  speaker
    .split(/[ \t]+/)
    .pop()!
    .toLowerCase();

/**
 * The turns of a transcript: every paragraph opened by a speaker label, when two or more speakers each take two or
 * more turns; otherwise none (an article with one "UPDATE:" line or one quoted exchange is no transcript). Each turn
 * runs on over the paragraphs after it (see `continued`).
 */
export function transcriptTurns(text: string, paragraphs: readonly { start: number; end: number }[]): TranscriptTurn[] {
  const found: Found[] = [];
  paragraphs.forEach((p, i) => {
    const f = labelAt(text, p, i);
    if (f) found.push(f);
  });
  if (found.length < 4) return [];
  const names = namesOf(text, found);
  const turns: (TranscriptTurn & { para: number })[] = [];
  const labelled = new Set<number>();
  for (const f of found) {
    labelled.add(f.para);
    const speaker = speakerOf(names, f);
    if (speaker)
      turns.push({
        label: f.label,
        speaker,
        labelStart: f.labelStart,
        labelEnd: f.labelEnd,
        start: f.start,
        end: f.end,
        para: f.para,
      });
  }
  if (turns.length < 4) return [];
  const count = new Map<string, number>();
  for (const t of turns) count.set(keyOf(t.speaker), (count.get(keyOf(t.speaker)) ?? 0) + 1);
  const taking = [...count].filter(([, n]) => n >= 2).map(([k]) => k);
  if (taking.length < 2) return [];
  return continued(text, paragraphs, turns, labelled, taking);
}

/**
 * The turns, each run on over the unlabelled paragraphs after it (an answer of several paragraphs) until a paragraph
 * names one of the speakers who take turns (`takers`, last words lowered): narration has resumed ("Ana Doe pushed
 * back on Bill Maher's claim"); a name followed by a comma or a stop is the speaker addressing someone ("Thanks,
 * Doe."). A paragraph opened by any label (a turn, or one that names no one) ends the run.
 */
function continued(
  text: string,
  paragraphs: readonly { start: number; end: number }[],
  turns: readonly (TranscriptTurn & { para: number })[],
  labelled: ReadonlySet<number>,
  takers: readonly string[],
): TranscriptTurn[] {
  // the first few dozen takers: a real interview has a handful, a file of thousands of labels must stay linear
  const surnames = takers
    .filter((k) => k.length > 2)
    .slice(0, MAX_TAKERS)
    .map((k) => escape(readingCase(k)));
  const naming = surnames.length
    ? new RegExp(`(?<![\\p{L}])(?:${surnames.join('|')})(?![\\p{L}])(?![ \\t]*[,.?!])`, 'u')
    : null;
  return turns.map(({ para, ...t }) => {
    let end = t.end;
    for (let i = para + 1; i < paragraphs.length && !labelled.has(i); i++) {
      const p = paragraphs[i];
      if (naming?.test(text.slice(p.start, p.end))) break;
      end = p.end;
    }
    return { ...t, end };
  });
}

const byDoc = new WeakMap<object, TranscriptTurn[]>();

/**
 * A doc's transcript turns, found once: voice.ts (turns as quotes) and boilerplate.ts (labels as furniture) both ask
 * for every doc, so the answer is kept with the doc object (a WeakMap: nothing outlives the doc).
 */
export function docTurns(d: { text: string; paragraphs: readonly { start: number; end: number }[] }): TranscriptTurn[] {
  let t = byDoc.get(d);
  if (!t) byDoc.set(d, (t = transcriptTurns(d.text, d.paragraphs)));
  return t;
}
