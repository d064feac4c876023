// A transcript's own hosts: in a broadcast transcript (lib/text/transcript.ts) the program's hosts and reporters speak
// for the outlet, so their turns are its own voice, while the guests' turns are their speech. Who is a host is read
// from the corpus, not from a list of names: a speaker who takes turns in at least two of an outlet's transcripts, in
// at least half of them, and opens at least one (a program opens with its host; a guest heard twice answers) is that
// outlet's host ("AMY GOODMAN :" speaks in every episode).
// Within one transcript, a label that gives its speaker the role of the program's staff alone ("RICHARD ROE ,
// BYLINE :", "ANA DOE , HOST :") marks that speaker as the outlet's, and so do the speaker's later turns under the
// surname. A role with more words names another program's staff ("BILL ROE , CABLE HOST :") and marks nothing.
// So does the transcript's own text: a speaker it introduces as a program's or outlet's interviewer ("Rice spoke to
// Morning Harbour 's Ana Doe", "Here 's HPR 's Ivo Roe") or who signs off ("Ivo Roe , HPR News ."); the speaker whose
// turn hands over to a colleague ("Here 's HPR 's Ivo Roe") is the program's too. A speaker so marked in one of an
// outlet's transcripts is its host in all of them.
import { docTurns, type TranscriptTurn } from '../text/transcript.js';

/** The roles a transcript's label gives the program's own staff (one word after the comma). */
const STAFF_ROLES: ReadonlySet<string> = new Set(['host', 'co-host', 'anchor', 'byline', 'correspondent', 'reporter']);

/** The label's role after its name and comma, lowered ("byline" for "RICHARD ROE , BYLINE"), or null. */
function roleOf(label: string): string | null {
  const m = /,[ \t]*([^,]+)$/.exec(label);
  return m ? m[1].trim().toLowerCase() : null;
}

/** The key a host is known by: the last word of the speaker's name, lowered ("Amy Goodman" and "Goodman" are one). */
export const hostKey = (speaker: string): string =>
  speaker
    .split(/[ \t]+/)
    .pop()!
    .toLowerCase();

/**
 * The hosts of each outlet's transcripts (outlet -> host keys): the speakers who take turns in two or more of the
 * outlet's transcripts and in at least half of them, and take the first turn of at least one. Outlets with fewer than
 * two transcripts have none.
 */
export function transcriptHosts(
  docs: readonly { outlet: string; text: string; paragraphs: readonly { start: number; end: number }[] }[],
): Map<string, Set<string>> {
  const seen = new Map<
    string,
    { transcripts: number; speakers: Map<string, number>; openers: Set<string>; staff: Set<string> }
  >();
  for (const d of docs) {
    const turns = docTurns(d);
    if (!turns.length) continue;
    let o = seen.get(d.outlet);
    if (!o) seen.set(d.outlet, (o = { transcripts: 0, speakers: new Map(), openers: new Set(), staff: new Set() }));
    o.transcripts++;
    o.openers.add(hostKey(turns[0].speaker));
    for (const k of staffNamed(d.text, turns)) o.staff.add(k);
    for (const k of new Set(turns.map((t) => hostKey(t.speaker)))) o.speakers.set(k, (o.speakers.get(k) ?? 0) + 1);
  }
  const out = new Map<string, Set<string>>();
  for (const [outlet, o] of seen) {
    const hosts = [...o.speakers]
      .filter(([k, n]) => (n >= 2 && 2 * n >= o.transcripts && o.openers.has(k)) || o.staff.has(k))
      .map(([k]) => k);
    if (hosts.length) out.set(outlet, new Set(hosts));
  }
  return out;
}

/**
 * The turns of one transcript spoken by the outlet's own people: a host of the outlet (`hosts`, from
 * transcriptHosts), a speaker one of whose labels gives the role of the program's staff, or one the transcript's
 * `text` names as staff (staffNamed).
 */
export function ownTurns(turns: readonly TranscriptTurn[], hosts: ReadonlySet<string>, text = ''): Set<TranscriptTurn> {
  const own = new Set([...hosts, ...staffNamed(text, turns)]);
  for (const t of turns) {
    const role = roleOf(t.label);
    if (role && STAFF_ROLES.has(role)) own.add(hostKey(t.speaker));
  }
  return new Set(turns.filter((t) => own.has(hostKey(t.speaker))));
}

/** A capitalised word of a name or of a program's title. */
const CAP = String.raw`\p{Lu}[\p{L}'’.&-]*`;
/**
 * An interviewer or reporter introduced by a program's or outlet's possessive: "spoke to Morning Harbour 's Ana Doe",
 * "Here 's HPR 's Ivo Roe" (group 1: the name).
 */
const INTRODUCED = new RegExp(
  String.raw`(?:\b(?:spoke|speaks|talked|talks)\s+(?:to|with)|\bsat\s+down\s+with|\b(?:told|tells)|\b[Hh]ere\s*['’]\s*s)\s+` +
    String.raw`(?:${CAP}\s+){1,3}['’]\s*s?\s+(${CAP}(?:\s+${CAP}){1,2})`,
  'gu',
);
/** A reporter's sign-off: "Ivo Roe , HPR News" (group 1: the name; a word's start only, so it stays linear). */
const SIGN_OFF = new RegExp(
  String.raw`(?<![\p{L}'’.&-])(${CAP}(?:\s+${CAP}){1,2})\s*,\s*(?:${CAP}\s+){1,2}News\b`,
  'gu',
);

/**
 * The host keys of the transcript's speakers (`turns`) that its `text` names as the program's staff: introduced as a
 * program's or outlet's interviewer or reporter, or signing off; and the speaker whose turn introduces a colleague.
 */
export function staffNamed(text: string, turns: readonly TranscriptTurn[]): Set<string> {
  const out = new Set<string>();
  if (!turns.length) return out;
  const speakers = new Set(turns.map((t) => hostKey(t.speaker)));
  for (const re of [INTRODUCED, SIGN_OFF])
    for (const m of text.matchAll(re)) {
      const k = hostKey(m[1]);
      if (!speakers.has(k)) continue;
      out.add(k);
      const by = turns.find((t) => m.index >= t.start && m.index < t.end);
      if (by && re === INTRODUCED && hostKey(by.speaker) !== k) out.add(hostKey(by.speaker));
    }
  return out;
}
