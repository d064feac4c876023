// A transcript's own hosts: in a broadcast transcript (lib/text/transcript.ts) the program's hosts and reporters speak
// for the outlet, so their turns are its own voice, while the guests' turns are their speech. Who is a host is read
// from the corpus, not from a list of names: a speaker who takes turns in at least two of an outlet's transcripts, in
// at least half of them, and opens at least one (a program opens with its host; a guest heard twice answers) is that
// outlet's host ("AMY GOODMAN :" speaks in every episode).
// Within one transcript, a label that gives its speaker the role of the program's staff alone ("RICHARD ROE ,
// BYLINE :", "ANA DOE , HOST :") marks that speaker as the outlet's, and so do the speaker's later turns under the
// surname. A role with more words names another program's staff ("BILL ROE , CABLE HOST :") and marks nothing.
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
  const seen = new Map<string, { transcripts: number; speakers: Map<string, number>; openers: Set<string> }>();
  for (const d of docs) {
    const turns = docTurns(d);
    if (!turns.length) continue;
    let o = seen.get(d.outlet);
    if (!o) seen.set(d.outlet, (o = { transcripts: 0, speakers: new Map(), openers: new Set() }));
    o.transcripts++;
    o.openers.add(hostKey(turns[0].speaker));
    for (const k of new Set(turns.map((t) => hostKey(t.speaker)))) o.speakers.set(k, (o.speakers.get(k) ?? 0) + 1);
  }
  const out = new Map<string, Set<string>>();
  for (const [outlet, o] of seen) {
    const hosts = [...o.speakers]
      .filter(([k, n]) => n >= 2 && 2 * n >= o.transcripts && o.openers.has(k))
      .map(([k]) => k);
    if (hosts.length) out.set(outlet, new Set(hosts));
  }
  return out;
}

/**
 * The turns of one transcript spoken by the outlet's own people: a host of the outlet (`hosts`, from
 * transcriptHosts), or a speaker one of whose labels gives the role of the program's staff.
 */
export function ownTurns(turns: readonly TranscriptTurn[], hosts: ReadonlySet<string>): Set<TranscriptTurn> {
  const own = new Set(hosts);
  for (const t of turns) {
    const role = roleOf(t.label);
    if (role && STAFF_ROLES.has(role)) own.add(hostKey(t.speaker));
  }
  return new Set(turns.filter((t) => own.has(hostKey(t.speaker))));
}
