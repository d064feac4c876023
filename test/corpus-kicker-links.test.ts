// A link to another article set between paragraphs as a kicker and a headline, with no label ("Harbour shake-up :
// Quayside's ferry agencies are increasingly led by 'acting' chiefs"), stayed in the text of a page whose other links
// read "More : <headline>": two articles of one outlet that linked the same piece shared its headline as their own
// reuse. In a page of labelled links, such a line is a related link too; a credit line, a subhead over the paragraph it
// names and the article's first line are not, nor is any such line in a page with no labelled link. Invented text.
import { describe, expect, it } from 'vitest';
import { cleanPlain, cleanText } from '../lib/corpus/clean.js';
import { rawOffset } from '../lib/corpus/provenance.js';

const LINK = "Harbour shake-up : Quayside 's ferry agencies are increasingly led by 'acting ' chiefs";
const PAGE = [
  'The harbour board voted on Tuesday to close the ferry terminal , the third closure this year .',
  'Ivo Dorr , the acting harbour chief , said the vote was final .',
  LINK,
  'Ada Kerrow said the board had acted without the council .',
  'More : Who is Ivo Dorr , the acting harbour chief after Ada Kerrow leaves ?',
  'Union bubble : A dark day for the ferry workers of Quayside',
  "`` This is a dark day for the ferry workers of Quayside , '' the union said .",
  'Contributing : Lise Arno and Ned Varro in Quayside',
].join('\n');

describe('a link set as kicker and headline, with no label', () => {
  it('is removed from a page of labelled links, logged, and the offsets still point into the raw text', () => {
    const r = cleanPlain(PAGE);
    expect(r.text).not.toContain('increasingly led');
    expect(r.removed.find((x) => x.kind === 'related-link' && x.text === LINK)?.rawStart).toBe(PAGE.indexOf(LINK));
    const kept = 'Ada Kerrow said the board';
    expect(rawOffset(r, r.text.indexOf(kept))).toBe(PAGE.indexOf(kept));
    expect(cleanText(PAGE, { keepFirstLine: true }).text).not.toContain('increasingly led');
  });

  it('leaves a subhead over its paragraph, a credit line and the first line', () => {
    const r = cleanPlain(PAGE);
    expect(r.text).toContain('Union bubble : A dark day for the ferry workers of Quayside');
    expect(r.text).toContain('Contributing : Lise Arno and Ned Varro in Quayside');
    const first = 'Harbour vote : The board closes the ferry terminal for good';
    expect(cleanPlain(`${first}\n${PAGE}`).text).toContain(first);
  });

  it('is left in a page with no labelled link', () => {
    const page = PAGE.split('\n')
      .filter((l) => !l.startsWith('More :'))
      .join('\n');
    expect(cleanPlain(page).text).toContain(LINK);
  });
});
