// "terrorist group" beside a group's name (lib/framing/designated-groups.ts): a designation reported when the State
// Department's list (data/designated-groups.json) names the group on the article's date, the outlet's verdict
// otherwise. Invented wording; the listed groups are the list's.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { loadedTokens } from '../lib/framing/loaded.js';
import { readLexicon } from '../lib/framing/data.js';

/** The marked words as written, in text order, of `text` dated `date`. */
const marked = (text: string, date: string | null = '2015-06-01'): string[] => {
  const d = analyse({ id: 'd', outlet: 'X', date, text, paragraphs: [] });
  return loadedTokens(d, { lexicon: readLexicon() }).map((m) =>
    d.text.slice(d.tokens[m.index].start, d.tokens[m.index].end),
  );
};

describe('"terrorist group" beside the name of a listed group', () => {
  it('reads the name of a group listed on the article’s date as a designation', () => {
    expect(marked('Jets struck the Islamic State terrorist group near the river.')).not.toContain('terrorist');
    expect(marked('Rockets were fired by the Hamas terrorist group overnight.')).not.toContain('terrorist');
    expect(marked('Envoys met to discuss the terrorist group Hamas and the truce.')).not.toContain('terrorist');
    expect(marked('Iran arms the Lebanese terror organization, Hezbollah, the report says.')).not.toContain('terror');
  });

  it('keeps the word as the outlet’s verdict beside a name the list does not hold on that date', () => {
    expect(marked('Police watched the Portville Anglers terrorist group at the pier.')).toContain('terrorist');
    expect(marked('Rockets were fired by the Hamas terrorist group overnight.', '1995-03-01')).toContain('terrorist');
    expect(marked('Talks with the FARC terrorist group resumed in the capital.', '2023-02-01')).toContain('terrorist');
  });

  it('reads a view given to someone else as reported', () => {
    expect(marked('Ankara considers the harbour militia a terrorist group.')).not.toContain('terrorist');
    expect(marked('The union was declared a terrorist organization by the junta.')).not.toContain('terrorist');
  });
});
