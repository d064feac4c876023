// A term that is also the name of an Object property ("constructor", "toString") read its display form from the
// object's prototype: the distinctive row's `display` became the Object function, the analysis could not be written to
// the cache ("function Object() could not be cloned") and `presslens terms` failed on a corpus using those words.
// Invented outlets and wording.
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../lib/pipeline.js';
import { shownTerm } from '../lib/framing/term-display.js';
import { compareOutlets } from '../lib/explore/compare.js';
import { article } from './report-helpers.js';

const BUILDER =
  'The constructor of the bridge said the constructor had finished. Every constructor in town agreed, and the ' +
  'constructor union toasted the constructor crews with valueOf and toString jokes.';
const PLAIN = 'The mayor said the bridge had opened. Residents crossed it on Monday and shops stayed open late.';

describe('terms named like Object properties', () => {
  it('shows such a term as itself', () => {
    expect(shownTerm({}, 'constructor')).toBe('constructor');
    expect(shownTerm({ tostring: 'toString' }, 'tostring')).toBe('toString');
    expect(shownTerm(undefined, 'hasownproperty')).toBe('hasownproperty');
  });

  it('gives every distinctive row a string display, and the analysis can be cached', () => {
    const articles = [0, 1, 2, 3].flatMap((i) => [
      article(`b${i}`, 'Harbor Builder', null, '', BUILDER),
      article(`p${i}`, 'Valley Post', null, '', PLAIN),
    ]);
    const a = analyseCorpus({ root: '', articles, skipped: [] });
    const rows = a.framing.distinctive;
    expect(rows.some((r) => r.term === 'constructor')).toBe(true);
    for (const r of rows) expect(typeof r.display).toBe('string');
    expect(() => serialize(a)).not.toThrow();
    const cmp = compareOutlets(a, 'Harbor Builder', 'Valley Post');
    expect(cmp.terms.some((t) => t.term === 'constructor')).toBe(true);
    for (const t of cmp.terms) expect(typeof t.display).toBe('string');
  });
});
