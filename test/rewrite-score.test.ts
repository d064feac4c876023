// The graded score's order, class by class: a paraphrase that keeps its source's rare words but no run or sentence,
// lightly edited copy above paraphrase, and part of a text copied word for word above the whole text lightly edited.
// Fixtures written for these tests, modelled on the error classes in docs/notes/2026-12-reuse-score.md.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { copyScore, pairGrader, vocabularyFloor, REWRITE_DEFAULTS } from '../lib/overlap/rewrite.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, text: string): Doc => analyse({ id, outlet: id, date: null, text, paragraphs: [] });

const SOURCE =
  'The lighthouse keeper at Carrow Point logged a freak swell on Saturday that flooded the lamp room. ' +
  'Engineers from the maritime authority found the foghorn compressor submerged and the brass lens cracked. ' +
  'Restoration of the lens will need a glazier from Penzance and could take until the autumn equinox. ' +
  'Meanwhile a temporary beacon on the breakwater will guide trawlers into the harbour after dark.';
// every rare word kept, every clause rebuilt: no shared three-word run, no sentence holding half of another's words
const PARAPHRASE =
  'On Saturday engineers warned trawlers that a glazier was coming, as the swell hit. ' +
  'The keeper says the lens cracked while the beacon flooded, and the authority needs restoration funds. ' +
  'After dark, Carrow harbour and its Penzance foghorn stay quiet until autumn. ' +
  'A submerged compressor, a room of brass, a point of light: the equinox guide logged it all. ' +
  'Meanwhile the maritime lamp could take a temporary glazier.';
// same place and subject, written from other facts: a few names shared, little else
const INDEPENDENT =
  'Tourists visiting Carrow Point this summer will find the coastal path closed near the old quarry. ' +
  'The parish council says erosion has undermined the steps and a landslip blocked the lower track. ' +
  'Walkers are asked to use the inland route past the chapel until repairs are finished next year.';
// lightly edited: one word changed in each clause, so runs of six to nine words survive
const LIGHT =
  'The lighthouse keeper at Carrow Point recorded a freak swell on Saturday that flooded the lamp room. ' +
  'Engineers from the maritime authority discovered the foghorn compressor submerged and the brass lens broken. ' +
  'Repair of the lens will need a glazier from Penzance and may take until the autumn equinox. ' +
  'In the meantime a temporary beacon on the breakwater will guide fishing trawlers into the harbour after dark.';
// heavily edited: the same facts, clauses rebuilt, only three- and four-word runs survive
const HEAVY =
  'A freak swell on Saturday flooded the lamp room, said the keeper of the Carrow Point lighthouse. ' +
  'The foghorn compressor was found submerged by maritime authority engineers, who also saw the brass lens cracked. ' +
  'A Penzance glazier must restore the lens, possibly not before the autumn equinox. ' +
  'Trawlers will be guided into the harbour after dark by a temporary beacon on the breakwater.';
// two sentences copied word for word, the rest the writer's own
const PART_COPY =
  'Engineers from the maritime authority found the foghorn compressor submerged and the brass lens cracked. ' +
  'Restoration of the lens will need a glazier from Penzance and could take until the autumn equinox. ' +
  'Locals remember a similar storm forty years ago, when the keeper rowed out to rescue two children. ' +
  'Fundraising for a museum in the old cottage has begun, with a concert planned at the chapel.';
const FILLER = [
  'The council approved a new library budget on Monday after a long debate about opening hours and staff numbers.',
  'Farmers expect a smaller harvest this year because the winter rains arrived late and stopped early.',
  'A local theatre company will stage a revival of a forgotten comedy in the town hall during the festival.',
  'Train services on the northern line were delayed for an hour after a signal fault near the central station.',
  'The school board will meet on Thursday to discuss new bus routes for pupils in outlying villages.',
];

/** Grade each text against the source, in one corpus so word rarity is shared. */
function gradeAll(texts: Record<string, string>) {
  const ids = Object.keys(texts);
  const docs = [doc('src', SOURCE), ...ids.map((id) => doc(id, texts[id])), ...FILLER.map((t, i) => doc(`f${i}`, t))];
  const grade = pairGrader(docs);
  return Object.fromEntries(ids.map((id, i) => [id, grade(0, i + 1)]));
}

describe('vocabulary floor: paraphrase with no aligned passage', () => {
  const g = gradeAll({ para: PARAPHRASE, ind: INDEPENDENT });
  it('ranks a paraphrase keeping the rare words above independent text on the same subject', () => {
    expect(g.para.rewriteScore).toBeGreaterThan(g.ind.rewriteScore);
    expect(g.para.vocabularyCoverage).toBeGreaterThan(REWRITE_DEFAULTS.vocabulary);
  });
  it('still grades both independent (scores under 0.1), so no pair is called rewritten on vocabulary alone', () => {
    expect(g.para.grade).toBe('independent');
    expect(g.para.rewriteScore).toBeLessThan(0.1);
    expect(g.ind.grade).toBe('independent');
    expect(g.ind.rewriteScore).toBe(0);
  });
  it('is 0 up to the threshold and under 0.1 at full coverage', () => {
    expect(vocabularyFloor(0.3, 0.4)).toBe(0);
    expect(vocabularyFloor(0.4, 0.4)).toBe(0);
    expect(vocabularyFloor(0.7, 0.4)).toBeGreaterThan(0);
    expect(vocabularyFloor(1, 0.4)).toBeLessThan(0.1);
  });
});

describe('copy score: near-copy > light edit > heavy edit', () => {
  const g = gradeAll({ light: LIGHT, heavy: HEAVY, part: PART_COPY });
  it('grades the edits as reuse', () => {
    expect(g.light.grade).not.toBe('independent');
    expect(g.heavy.grade).toBe('rewritten');
  });
  it('ranks a light edit (clauses kept) above a heavy one (clauses rebuilt)', () => {
    expect(g.light.midCoverage).toBeGreaterThan(g.heavy.midCoverage);
    expect(g.light.rewriteScore).toBeGreaterThan(g.heavy.rewriteScore);
  });
  it('ranks two sentences copied word for word above the whole text lightly edited', () => {
    expect(g.part.runCoverage).toBeLessThan(g.light.runCoverage);
    expect(g.part.rewriteScore).toBeGreaterThan(g.light.rewriteScore);
  });
  it('copyScore rises with coverage, medium-run coverage and the verbatim share, within [0.1, 1]', () => {
    const c = (run: number, mid: number, long: number, copy: number) => copyScore(run, 0.15, { run, mid, long, copy });
    expect(c(0.5, 0.4, 0.1, 0)).toBeGreaterThan(c(0.5, 0.2, 0.1, 0));
    expect(c(0.5, 0.4, 0.5, 0.5)).toBeGreaterThan(c(0.5, 0.4, 0.1, 0));
    expect(c(0.8, 0.4, 0.1, 0)).toBeGreaterThan(c(0.5, 0.4, 0.1, 0));
    expect(c(0.15, 0, 0, 0)).toBe(0.1);
    expect(c(1, 1, 1, 1)).toBeCloseTo(1, 10);
  });
});
