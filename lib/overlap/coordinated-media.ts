// Media named together before one verb: "state-run Middle East News Agency and EgyNews reported", "NBC and CNN quoted
// US officials", "the New York Times and Politico reported". The verb after the last name cites each name of the
// list, joined by "and", "or" or a comma; only names the readers already took as candidates, so "Trump and CNN
// reported" adds nobody. An acronym no table knows ("NBC") joins a list only by "and" or "or", beside a name the
// tables know, and when no body's list claims it ("FBI and CNN reported" cites CNN only).
import type { CandidateName } from './described-names.js';
import type { Citation } from './types.js';
import { isKnownBody } from './body-names.js';

/** A joiner between two names of a list, read back from the later name: ", ", " and ", " or ", ", and (the) ". */
const JOINER_BEFORE = /(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/i;

type Cued = Citation & { rank: number };

/**
 * The citations a list of names adds: for each citation read from a verb after its name (its span starts at the
 * name), the candidate names before it joined to it, each cited with the span from its name to the verb's end. Reads
 * back from the last name; a name already cited stays as it was.
 */
export function coordinatedCitations(text: string, names: readonly CandidateName[], cued: readonly Cued[]): Cued[] {
  const byEnd = new Map<number, CandidateName>();
  const guess = (n: CandidateName) => n.strict && !n.known;
  // a name the readers took whole wins over a guessed acronym ending where it ends
  for (const n of names) if (n.kind !== 'generic' && !(guess(n) && byEnd.has(n.end))) byEnd.set(n.end, n);
  // an unknown acronym: beside a known name only (rank 0: the tables' or the corpus's), and no body's
  // and joined by "and" or "or" ("ISIS , the Wall Street Journal reports" is no list)
  const joins = (n: CandidateName, c: Cued, joiner: string) =>
    !guess(n) || (c.rank === 0 && /^\s+(?:and|or)\s/.test(joiner) && !isKnownBody(text.slice(n.start, n.end)));
  const citedAt = new Set(cued.map((c) => c.name.start));
  const out: Cued[] = [];
  for (const c of cued) {
    if (c.start !== c.name.start || c.end <= c.name.end) continue;
    let from = c.name.start;
    // at most a handful of names in one list
    for (let k = 0; k < 6; k++) {
      const j = JOINER_BEFORE.exec(text.slice(Math.max(0, from - 12), from));
      const prev = j ? byEnd.get(from - j[0].length) : undefined;
      if (!prev || citedAt.has(prev.start) || !joins(prev, c, j![0])) break;
      citedAt.add(prev.start);
      out.push({
        doc: c.doc,
        cited: prev.cited,
        kind: prev.kind,
        text: text.slice(prev.start, c.end),
        start: prev.start,
        end: c.end,
        name: { start: prev.start, end: prev.end },
        article: null,
        rank: prev.rank,
      });
      from = prev.start;
    }
  }
  return out;
}
