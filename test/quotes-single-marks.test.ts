// Single quote marks told apart from apostrophes (lib/text/single-quotes.ts, read by lib/text/quotes.ts): a quote set
// in single marks, typed or split into tokens, is a quote; a possessive, a clitic, a year or an elision is not.
// Fixtures written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { voiceOf } from './helpers/loaded.js';
import { scanQuotes } from '../lib/text/quotes.js';
import { paragraphsOf } from '../lib/text/paragraphs.js';

const quoted = (t: string) =>
  scanQuotes(t, paragraphsOf(t))
    .filter((q) => q.depth === 0)
    .map((q) => t.slice(q.inner[0], q.inner[1]).trim());

describe('a quote in single marks', () => {
  it('is read in typed text and in headlines', () => {
    expect(quoted("'We will fight,' Mayor Dunmore said. The 'convoy' left Tarrow.")).toEqual([
      'We will fight,',
      'convoy',
    ]);
    expect(quoted("Brindle calls the Holm plan a 'total fiasco'")).toEqual(['total fiasco']);
  });

  it('is read in text split into tokens, straight or curly', () => {
    expect(quoted("He warned Larkspur : ' I do n't want anything bad to happen ' during the call .")).toEqual([
      "I do n't want anything bad to happen",
    ]);
    expect(
      quoted('It ’ s easy to say , ‘ Well , anything you propose is a giveaway , ’ but that ’ s not a plan .'),
    ).toEqual(['Well , anything you propose is a giveaway ,']);
    expect(quoted("out of 'pointless foreign wars ' and insisting the pact is '100 % ' done .")).toEqual([
      'pointless foreign wars',
      '100 %',
    ]);
  });

  it('runs to the end of its line when it follows a colon and no mark closes it', () => {
    const t =
      "Gen. Farrand denied it , saying : 'Despite the baseless claims , all our drones returned .\nThe base is calm .";
    expect(quoted(t)).toEqual(['Despite the baseless claims , all our drones returned .']);
  });

  it('is not opened by a mark that closed a quote whose opening mark is missing', () => {
    expect(quoted("we keep our word , ' Corwin added , 'we are not leaving . '")).toEqual(['we are not leaving .']);
  });
});

describe('an apostrophe', () => {
  it('of a possessive, a clitic, a year or an elision pairs with nothing', () => {
    expect(
      quoted("The Farrows ' house , the voters ' anger and Jones' car in the '90s , rock 'n' roll , get 'em ."),
    ).toEqual([]);
    expect(quoted('the Kurds ’ land , don ’ t , and the workers ’ pay')).toEqual([]);
  });

  it('of a plural possessive inside a quote does not close it', () => {
    expect(quoted("'the workers ' rights come first ' , Holm said , and the 'new' wing opened .")).toEqual([
      "the workers ' rights come first",
      'new',
    ]);
  });
});

describe('loaded words in single marks', () => {
  it("are the speaker's, not the outlet's own voice", () => {
    const t =
      "Ansel Moreau said the talks failed .\n'They fought for days and it was pretty vicious . '\nThe border town of Kell was quiet .";
    expect(voiceOf(t, 'vicious')).toBe('quoted');
    expect(voiceOf("Senators call the bill a 'disgraceful' giveaway", 'disgraceful')).toBe('quoted');
    expect(voiceOf(t, 'quiet')).toBe('own');
  });
});
