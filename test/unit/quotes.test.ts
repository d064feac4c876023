// Quote conventions of real corpora: the one scanner (lib/text/quotes.ts) must see a quote whatever marks a site or a
// scraper used, or a quote two outlets both carry reads as copied narration. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { scanQuotes } from '../../lib/text/quotes.js';
import { paragraphsOf } from '../../lib/text/paragraphs.js';

const quoted = (t: string, depth = 0) =>
  scanQuotes(t, paragraphsOf(t))
    .filter((q) => q.depth === depth)
    .map((q) => t.slice(q.inner[0], q.inner[1]).trim());

describe('quote marks of every convention', () => {
  it("reads PTB-style `` and '' as opening and closing marks (pre-tokenised scraped text)", () => {
    const t = "The mayor said `` we will rebuild the bridge , '' and left . Critics called it `` a stunt . ''";
    expect(quoted(t)).toEqual(['we will rebuild the bridge ,', 'a stunt .']);
  });

  it("reads a tokeniser's split clitics inside a PTB quote as apostrophes, not a nested quote", () => {
    const t =
      "She said `` the council 's plan is late , we 're tired and I 'd say it 's over . '' Then `` they 'M wrong '' .";
    expect(quoted(t)).toEqual([
      "the council 's plan is late , we 're tired and I 'd say it 's over .",
      "they 'M wrong",
    ]);
    expect(quoted(t, 1)).toEqual([]);
    expect(quoted("He said `` it was a 'stunt' , and 'sorry' is not enough . ''", 1)).toEqual(['stunt', 'sorry']);
  });

  it('keeps a PTB quote open across paragraphs when the next paragraph reopens it', () => {
    const t = "`` The first part of the statement runs on .\n\n`` And the second part ends it . '' he said .";
    const spans = scanQuotes(t, paragraphsOf(t)).filter((q) => q.depth === 0);
    expect(spans).toHaveLength(2);
    expect(spans[1].group).toBe(spans[0].group);
  });

  it('reads German low-high marks, where the closing mark is an English opener', () => {
    const t = 'Er sagte: „Wir bleiben hier.“ Dann ging er nach Hause.';
    expect(quoted(t)).toEqual(['Wir bleiben hier.']);
  });

  it('reads guillemets either way round, with or without inner spaces', () => {
    expect(quoted('Il a dit « nous restons ici » hier soir.')).toEqual(['nous restons ici']);
    expect(quoted('Er sagte »wir bleiben hier« und ging.')).toEqual(['wir bleiben hier']);
  });

  it('reads single angle marks as a quote nested one deep, and Swedish double marks', () => {
    const t = '« Il a répondu ‹ jamais › devant la presse », a-t-il raconté.';
    expect(quoted(t)).toEqual(['Il a répondu ‹ jamais › devant la presse']);
    expect(quoted(t, 1)).toEqual(['jamais']);
    expect(quoted('Han sa ”vi stannar här” och gick.')).toEqual(['vi stannar här']);
  });

  it('does not read breadcrumb separators or apostrophes as quotes', () => {
    expect(quoted('Home › News › World › Middle East')).toEqual([]);
    expect(quoted('Home » News » World')).toEqual([]);
    expect(quoted("The students' union and O ' Reilly 's book , the rock 'n' roll era")).toEqual([]);
  });

  it('still reads mixed straight and curly marks as before', () => {
    const t = 'He said, "one two three,” adding, “four five.” Then "six.';
    expect(quoted(t)).toEqual(['one two three,', 'four five.', 'six.']);
  });
});
