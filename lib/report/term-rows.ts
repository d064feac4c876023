// The frequent-term rows a reader sees: the report's top-terms chart, its table and findings, and notebook 01. Read
// from the term counts without changing them (event clustering reads the same counts, word by word):
// - a word and its plural are one row, named by the form the corpus writes more ("immigrants" also counts
//   "immigrant"; lib/report/term-plurals.ts), its `forms` naming both;
// - each row is shown as the corpus writes the term ("Assad", "U.S."; lib/framing/term-display.ts), its key folded;
// - an outlet's own name is left out of its own list: in its own copy the name is sourcing ("told CNN's Jim Acosta",
//   "a CNN contributor", "(CNN) —"), not the story's word (read on AllSides: 59 of 60 of CNN's uses). A story about
//   the outlet still shows the name in the other outlets' lists. So are the names it gives its own staff ("NPR's
//   Michele Kelemen reports": lib/report/staff-names.ts), the wire agency it credits and the staff its credit lines
//   name ("According to the Associated Press", "Reporting by …; Editing by …", "— Jane Doe, Kabul":
//   lib/report/credit-lines.ts);
// - a given name's uses opening a person's name leave its count ("George" of "George Soros", the person counted by
//   the surname, as lib/text/name-phrases.ts counts a person), the persons as the entity stage found them
//   (lib/report/given-names.ts).
import type { TermCounts } from '../text/types.js';
import type { Doc } from '../types.js';
import { countsByOutlet, topTerms } from '../text/counts.js';
import { ownNameTerms } from './own-name-terms.js';
import { staffNameTerms } from './staff-names.js';
import { creditedUses } from './credit-lines.js';
import { givenNameUses, type PersonMentions } from './given-names.js';
import { ordinaryWords } from '../text/word-case.js';
import { pluralFolds } from './term-plurals.js';
import { displayForms } from '../framing/term-display.js';

/** A row of the frequent-term chart and table; `forms` is set on a row that counts a word and its plural. */
export interface ShownTermRow {
  outlet: string;
  /** the folded key the counts use ("assad", "hong kong"): stable, for scripts */
  term: string;
  /** the term as the corpus writes it most often inside sentences ("Assad", "Hong Kong", "asylum"): for readers */
  display: string;
  count: number;
  share: number;
  forms?: string[];
}

export { ownNameTerms };

/** A shown row as a flat table row (CSV, `--json`, the report's table): `forms` joined ("immigrant + immigrants"), or
 * empty when the term counts one form. One writer, so the command and the report give one user one answer. */
export type TermTableRow = {
  outlet: string;
  term: string;
  display: string;
  count: number;
  share: number;
  forms: string;
};

/** The flat table row of a shown row (see TermTableRow). */
export function termTableRow({ outlet, term, display, count, share, forms }: ShownTermRow): TermTableRow {
  return { outlet, term, display, count, share, forms: forms?.join(' + ') ?? '' };
}

/**
 * The top `k` terms of each outlet as shown: a word and its plural counted as one, the outlet's own name and the uses
 * its credits give (a wire agency credited, its staff named) left out;
 * `share` is of the outlet's counted terms, as outletTermRows gives it. `docs` (the analysed articles) let a name be
 * told from a word by its case ("Sessions" / "session"); without them the lexicon alone decides. `people` (the entity
 * stage's result on these docs) lets a given name's uses in a person's full name leave its count.
 */
export function shownTermRows(
  counts: TermCounts,
  k = 15,
  docs?: readonly Doc[],
  people?: PersonMentions,
): ShownTermRow[] {
  const byOutlet = countsByOutlet(counts);
  const totals = new Map<string, number>();
  for (const m of byOutlet.values()) m.forEach((c, t) => totals.set(t, (totals.get(t) ?? 0) + c));
  const folds = pluralFolds(totals, docs);
  const folded = new Map([...folds.values()].map((f) => [f.name, f.forms]));
  const rows: ShownTermRow[] = [];
  const ordinary = docs?.length ? ordinaryWords(docs) : undefined;
  const staff = docs?.length ? staffNameTerms(docs, ordinary) : new Map<string, Set<string>>();
  const holds = (outlet: string, key: string) => byOutlet.get(outlet)?.has(key) ?? false;
  const credited = docs?.length ? creditedUses(docs, holds, ordinary) : new Map<string, Map<string, number>>();
  const given = docs?.length && people ? givenNameUses(docs, people, holds) : new Map<string, Map<string, number>>();
  for (const [outlet, m] of byOutlet) {
    const own = new Set([...ownNameTerms(outlet), ...(staff.get(outlet) ?? [])]);
    const credits = credited.get(outlet);
    const givenUses = given.get(outlet);
    const shown = new Map<string, number>();
    let total = 0;
    m.forEach((c, t) => {
      total += c;
      const n = c - (credits?.get(t) ?? 0) - (givenUses?.get(t) ?? 0);
      if (own.has(t) || n <= 0) return;
      const name = folds.get(t)?.name ?? t;
      shown.set(name, (shown.get(name) ?? 0) + n);
    });
    for (const [term, count] of topTerms(shown, k)) {
      const forms = folded.get(term);
      rows.push({ outlet, term, display: term, count, share: total ? count / total : 0, ...(forms ? { forms } : {}) });
    }
  }
  if (docs?.length) {
    const shown = displayForms(
      docs,
      rows.map((r) => r.term),
    );
    for (const r of rows) r.display = shown[r.term] ?? r.term;
  }
  return rows;
}
