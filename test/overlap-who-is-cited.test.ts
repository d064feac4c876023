// Notebook 02's "Who is cited" listed outlets the corpus holds as cited but "0 linked", with no reason, and one outlet
// under two spellings. whoIsCited (lib/overlap/cited-outlets.ts) counts each cited outlet once by its outlet key, says
// which the corpus holds, and why a citation of one points to none of its articles. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { citedOutlets, whoIsCited } from '../lib/overlap/cited-outlets.js';

const cite = (cited: string, article: string | null = null) => ({ kind: 'outlet' as const, cited, article });
const articles = [{ outlet: 'Harbour Post' }, { outlet: 'Valley Herald (Web Edition)' }, { outlet: 'Coast Wire' }];

describe('who is cited', () => {
  it('counts one outlet once whatever its spelling, and marks the outlets the corpus holds', () => {
    const rows = citedOutlets(
      [cite('Valley Herald (Web Edition)'), cite('Valley Herald'), cite('Pine Gazette'), cite('Coast Wire', 'c1')],
      articles,
    );
    expect(rows.map((r) => [r.cited, r.citations, r.linked, r.inCorpus])).toEqual([
      ['Valley Herald (Web Edition)', 2, 0, true],
      ['Coast Wire', 1, 1, true],
      ['Pine Gazette', 1, 0, false],
    ]);
  });

  it('says why citations of outlets the corpus holds are linked to none of their articles', () => {
    const line = whoIsCited([cite('Valley Herald'), cite('Harbour Post'), cite('Pine Gazette')], articles);
    expect(line).toMatch(/The corpus holds articles of 2 of them: \*Harbour Post\* \(1\), \*Valley Herald\* \(1\)\./);
    expect(line).toMatch(
      /None of their 2 citations is linked to one of its articles: .*shares text with the citing one/,
    );
    expect(line).toMatch(/names no event per article/);
    expect(line).toMatch(/Not in the corpus: \*Pine Gazette\* \(1\)\./);
    const withEvents = whoIsCited([cite('Harbour Post')], [{ outlet: 'Harbour Post', event: 'storm' }]);
    expect(withEvents).toMatch(/or to its article of the same event/);
    expect(withEvents).not.toMatch(/names no event/);
  });
});
