// Links to other articles printed as bare headlines stayed in the text as the outlet's own words: a dated timeline of
// the outlet's earlier stories ("► April 5 : <headline>") in a page with no labelled link, and headlines set in
// capitals between paragraphs by an outlet that does so in several of its articles; a newsletter promo titled before
// its call ("Get Our Best Stories Subscribe to the … newsletter ."). A bulleted paragraph, a subhead in capitals in
// one article and a shouted tweet in quote marks stay. Invented text.
import { describe, expect, it } from 'vitest';
import { cleanPlain } from '../lib/corpus/clean.js';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { rawOffset } from '../lib/corpus/provenance.js';

const LEAD = 'The harbour board voted on Tuesday to close the ferry terminal , the third closure this year .';
const MORE = 'Ada Kerrow said the board had acted without the council .';

describe('links printed as bare headlines', () => {
  it('a dated timeline goes in a page with no labelled link; a bulleted paragraph stays', () => {
    const links = [
      '► May 4 : Quayside ferry workers strike for a second day',
      '► April 30 : Harbour board names Ivo Dorr acting chief',
      "► Feb. 7 : What is the board 's plan for the pier ? It keeps changing",
    ];
    const item = '► Pier money . The board would spend $ 4 million on the pier , the plan says .';
    const raw = [LEAD, ...links, MORE, item].join('\n');
    const r = cleanPlain(raw);
    for (const l of links) expect(r.text).not.toContain(l);
    expect(r.text).toContain(item);
    const logged = r.removed.filter((x) => x.kind === 'related-link');
    expect(logged.map((x) => x.rawStart)).toEqual(links.map((l) => raw.indexOf(l)));
    expect(rawOffset(r, r.text.indexOf(MORE))).toBe(raw.indexOf(MORE));
  });

  it('capitals go when the outlet prints them in several articles or twice in one; one subhead and a tweet stay', () => {
    const caps = (s: string) => s.toUpperCase();
    const linkA = caps("Quayside mayor vows to keep the pier open : 'we will not close it '");
    const linkB = caps('Ferry union calls second strike as harbour talks collapse');
    const subhead = caps('Workers do not trust the board to be honest about the pier');
    const tweet = caps("`` The board must keep the pier open or face the voters , '' the mayor wrote");
    const c = corpusFromRecords([
      { id: 'a', outlet: 'Quayside Star', text: [LEAD, linkA, MORE].join('\n') },
      { id: 'b', outlet: 'Quayside Star', text: [MORE, linkB, LEAD].join('\n') },
      { id: 'c', outlet: 'Harbour Voice', text: [LEAD, subhead, MORE, tweet].join('\n') },
      { id: 'd', outlet: 'Pier Daily', text: [LEAD, linkA, MORE, linkB].join('\n') },
    ]);
    const text = (id: string) => c.articles.find((a) => a.id === id)!.text;
    expect(text('a')).toBe(`${LEAD}\n${MORE}`);
    expect(text('b')).toBe(`${MORE}\n${LEAD}`);
    expect(text('d')).toBe(`${LEAD}\n${MORE}`);
    expect(text('c')).toContain(subhead);
    expect(text('c')).toContain(tweet);
  });

  it('a newsletter promo titled before its call goes', () => {
    const promo = 'Get Our Best Stories Subscribe to the Harbour Week newsletter .';
    expect(cleanPlain([LEAD, promo, MORE].join('\n')).text).toBe(`${LEAD}\n${MORE}`);
  });
});
