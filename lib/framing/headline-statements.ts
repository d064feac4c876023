// What a headline reports and what its desk writes: in a headline only the statement is someone else's words. The
// reporter and the desk's verb of saying ("Ivo Doe [claims] the port is closed", "Angry voters say …") and every clause
// the desk adds ("…, Senate fury at 'betrayal' grows", "… and mocks his rival") are the outlet's own; a quote is its
// speaker's. Each clause is read for its reporter ("Syrian army claims the town fell, Senate fury grows"). In running text a reported sentence is read whole (voice.ts); a headline packs the desk's clauses and a
// source's statement into one line, so it is read by clause.

import { sentenceReporters, type Reporter } from './sentence-reporters.js';
import { writtenEnd } from './speaker-text.js';

/** Where a headline's clause ends: a comma, a semicolon, a colon, a pipe or a dash set off by spaces. */
const CLAUSE_END = /[,;:|]|\s[-\u2013\u2014]{1,2}\s/g;

/** The first clause end in text[from, to) (CLAUSE_END), outside a quote (`quotes`: sorted, disjoint), or `to`. */
function clauseEnd(text: string, from: number, to: number, quotes: readonly { start: number; end: number }[]): number {
  CLAUSE_END.lastIndex = from;
  let qi = 0;
  for (let m = CLAUSE_END.exec(text); m && m.index < to; m = CLAUSE_END.exec(text)) {
    const at = m.index;
    while (qi < quotes.length && quotes[qi].end <= at) qi++;
    if (qi >= quotes.length || quotes[qi].start > at) return at;
  }
  return to;
}

/**
 * The statement of a headline's reporter, a range of the headline: after the reporter's verb (`cue`, first word, read
 * within 40 characters after the reporter phrase written at [`start`, `end`)) to the clause's end (CLAUSE_END, outside
 * `quotes`); before the reporter when it follows its statement ("Port is closed, Doe says", "…: says Doe"). Null when the verb is
 * not found there: the caller keeps the sentence's reading.
 */
export function headlineStatement(
  text: string,
  sentence: { start: number; end: number },
  reporter: { start: number; end: number; cue: string },
  quotes: readonly { start: number; end: number }[],
): [number, number] | null {
  const verb = reporter.cue.split(' ')[0].toLowerCase();
  if (!/^\p{L}+$/u.test(verb)) return null;
  const lead = Math.max(sentence.start, reporter.start - 40);
  const before = new RegExp(`[,:]\\s*(?:${verb}\\s+)?$`, 'u').exec(text.slice(lead, reporter.start));
  if (before) return lead + before.index > sentence.start ? [sentence.start, lead + before.index] : null;
  const window = text.slice(reporter.end, Math.min(sentence.end, reporter.end + 40)).toLowerCase();
  const m = new RegExp(`^\\s*(?:\\p{L}+ly\\s+)?${verb}(?:\\s+that\\b)?`, 'u').exec(window);
  if (!m) return null;
  const from = reporter.end + m[0].length;
  const to = clauseEnd(text, from, sentence.end, quotes);
  return to > from ? [from, to] : null;
}

/** The clauses of a headline's sentence [start, end): split at CLAUSE_END outside `quotes` (sorted, disjoint). */
export function headlineClauses(
  text: string,
  s: { start: number; end: number },
  quotes: readonly { start: number; end: number }[],
): [number, number][] {
  const out: [number, number][] = [];
  for (let a = s.start; a < s.end;) {
    const b = clauseEnd(text, a, s.end, quotes);
    out.push([a, b]);
    a = b + 1;
  }
  return out;
}

/**
 * The reported statements of a headline's sentence `s` (`text`: the doc's speakerText), clause by clause: each
 * reporter with the range of its statement (headlineStatement; the reporter's clause when its verb is not found). A
 * clause with no reporter of its own is read with the clause before it, for a reporter after its statement ("Port is
 * closed, angry mayor says").
 */
export function headlineReports(
  text: string,
  s: { start: number; end: number },
  quotes: readonly { start: number; end: number }[],
): { reporter: Reporter; end: number; range: [number, number] }[] {
  const out: { reporter: Reporter; end: number; range: [number, number] }[] = [];
  let prev = -1;
  for (const [a, b] of headlineClauses(text, s, quotes)) {
    let from = a;
    let found = sentenceReporters(text, a, b);
    if (!found.length && prev >= 0) {
      from = prev;
      found = sentenceReporters(text, prev, b).filter((r) => r.start >= a);
    }
    for (const r of found) {
      const end = writtenEnd(text, r.start, r.text);
      const range = headlineStatement(text, { start: from, end: b }, { start: r.start, end, cue: r.cue }, quotes);
      out.push({ reporter: r, end, range: range ?? [r.from ?? from, r.to ?? b] });
    }
    prev = a;
  }
  return out;
}
