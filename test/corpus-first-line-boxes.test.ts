// Page furniture the cleaning left as the outlet's own words, read from its shape and its repetition in the corpus:
// - a first line holding a photo caption and the page's printed headline, when that headline is not the record's
//   title ("… the author writes . | Jane Roe/AP Photo Ferry deal hangs on pier money" under "Ferry deal hinges on
//   the pier"), in an outlet that opens two or more articles so; one such first line of an outlet stays;
// - a video player's box opening the first line (its poster's address, a section label, the video's title and text);
// - a share box naming the article ("Share All sharing options for : <title>");
// - a newsletter sign-up whose form lists every country (too long for a call-out while the list was counted);
// - a headline link in capitals in the one article of an outlet whose site prints such links under another name.
// Offsets into the user's text are kept. Invented outlets, people and text.
import { describe, expect, it } from 'vitest';
import { cleanPlain } from '../lib/corpus/clean.js';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { rawOffset } from '../lib/corpus/provenance.js';
import { isReaderCallout } from '../lib/corpus/reader-callouts.js';

const LEAD = 'The harbour board voted on Tuesday to close the ferry terminal , the third closure this year .';
const MORE = 'Ada Kerrow said the board had acted without the council .';

describe("a caption and the outlet's printed headline on the first line", () => {
  const first = [
    'Ada Kerrow said the pier money was the last hurdle , the author writes . | Jane Roe/AP Photo Ferry deal hangs on pier money',
    'The board met for six hours on Monday . Pier vote splits harbour board',
  ];
  const c = corpusFromRecords([
    {
      id: 'a',
      outlet: 'Quayside Ledger',
      title: 'Ferry deal hinges on the pier',
      text: [first[0], LEAD, MORE].join('\n'),
    },
    {
      id: 'b',
      outlet: 'Quayside Ledger',
      title: 'Harbour board splits over pier vote',
      text: [first[1], MORE].join('\n'),
    },
    { id: 'c', outlet: 'Pier Daily', title: 'Ferry deal hinges on the pier', text: [first[0], LEAD].join('\n') },
  ]);
  const art = (id: string) => c.articles.find((a) => a.id === id)!;

  it('goes in an outlet that opens its articles so, its offsets kept', () => {
    expect(art('a').text).toBe(`${LEAD}\n${MORE}`);
    expect(art('b').text).toBe(MORE);
    const a = art('a');
    const title = a.provenance.removed.find((r) => r.kind === 'title');
    expect(title?.rawStart).toBe(0);
    const raw = [first[0], LEAD, MORE].join('\n');
    expect(rawOffset(a.provenance, a.text.indexOf(MORE))).toBe(raw.indexOf(MORE));
  });

  it('stays in an outlet that prints it once (a first line cut short has the shape too)', () => {
    expect(art('c').text.startsWith(first[0])).toBe(true);
  });
});

describe("a video player's box opening the first line", () => {
  it('goes when it does not hold the title; the rest stays where it was', () => {
    const box =
      "poster= '' http : //v.example.com/stills/pier.jpg ? pubId=77 '' Harbour Mayor says he is ‘ proud ’ to shut the " +
      'pier during the strike The mayor clashed with the union in a meeting shown live .';
    const raw = [box, LEAD, MORE].join('\n');
    const r = cleanPlain(raw, { title: 'Ferry terminal to close as board votes' });
    expect(r.text).toBe(`${LEAD}\n${MORE}`);
    expect(r.removed.map((x) => x.kind)).toContain('video-player');
    expect(rawOffset(r, r.text.indexOf(MORE))).toBe(raw.indexOf(MORE));
  });
});

describe('a share box naming the article', () => {
  it('goes after the title line; a line quoting the title inside a sentence stays', () => {
    const title = 'The board kept migrants waiting for months . Now the pier is full .';
    const share = `Share All sharing options for : ${title}`;
    const quoted = `Critics wrote : ${title} Ada Kerrow disagreed .`;
    const r = cleanPlain([title, share, LEAD, quoted].join('\n'), { title });
    expect(r.text).toBe(`${LEAD}\n${quoted}`);
    expect(r.removed.find((x) => x.kind === 'social')?.text).toBe(share);
  });
});

describe("a newsletter sign-up with its form's list of countries", () => {
  const countries =
    'United States Afghanistan Albania Algeria Andorra Angola Antigua and Barbuda Argentina Armenia Australia Austria ' +
    "Bahamas Bahrain Belgium Benin Bhutan Bolivia Brazil Bulgaria Canada Chad Chile China Colombia Congo Côte d'Ivoire " +
    'Croatia Cuba Cyprus Denmark Egypt Estonia Fiji Finland France Gabon Germany Ghana Greece Haiti Hungary Iceland ' +
    'India Ireland Italy Jamaica Japan Jordan Kenya Latvia Lebanon Malta Mexico Nepal Norway Oman Peru Poland Portugal';
  const form =
    'Get The Ledger . Sign up to receive the stories you need to know right now . Choose your country ' +
    `${countries} Please enter a valid email address . Please select your country . Sign Up Now You may unsubscribe ` +
    'at any time . Thank you ! For your security , we have sent a confirmation email to the address you entered . ' +
    'Click the link to confirm your subscription . If you do not get it within 10 minutes , please check your spam folder .';

  it('is a call-out, its list not counted in its size', () => {
    expect(isReaderCallout(form)).toBe(true);
    expect(cleanPlain([LEAD, MORE, form].join('\n')).text).toBe(`${LEAD}\n${MORE}`);
  });

  it('a paragraph naming many countries is no form', () => {
    const prose = `The board wrote to ${countries} and asked each for help ; you can read the letter on our site .`;
    expect(isReaderCallout(prose)).toBe(false);
  });
});

describe('a headline link in capitals, read by the site', () => {
  it("goes in the one article of an outlet whose site prints such links under another outlet's name", () => {
    const caps = (s: string) => s.toUpperCase();
    const linkA = caps("Quayside mayor vows to keep the pier open : 'we will keep it '");
    const linkB = caps('Ferry union calls second strike as harbour talks collapse');
    const linkC = caps('Harbour board names new chief after ferry vote');
    const url = (p: string) => `https://www.quaysidestar.example/${p}`;
    const c = corpusFromRecords([
      { id: 'a', outlet: 'Quayside Star', url: url('a'), text: [LEAD, linkA, MORE].join('\n') },
      { id: 'b', outlet: 'Quayside Star', url: url('b'), text: [MORE, linkB, LEAD].join('\n') },
      { id: 'c', outlet: 'Quayside Star Opinion', url: url('opinion/c'), text: [LEAD, linkC, MORE].join('\n') },
      { id: 'd', outlet: 'Pier Daily', url: 'https://pierdaily.example/d', text: [LEAD, linkC, MORE].join('\n') },
    ]);
    const text = (id: string) => c.articles.find((a) => a.id === id)!.text;
    expect(text('c')).toBe(`${LEAD}\n${MORE}`);
    expect(text('d')).toContain(linkC);
  });
});
