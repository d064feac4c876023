// One site's box printed under several outlet names. A corpus may file a site's articles under its writers' names or a
// "Guest Writer" heading; the subscription box the site prints at the foot of each ("If you liked this piece, we have
// an offer for you: Join LEDGER+ …") then sits in articles of three "outlets" and read as a common source they all
// quote. Seen on real text: National Review's "Join NRPLUS" box in articles filed as National Review, a columnist and
// "Guest Writer - Right", and Townhall's disclaimer under three columnists' names. Their web addresses name one site.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { siteOf } from '../lib/overlap/publisher.js';
import { wideFillerProse } from './helpers/prose.js';

const prose = wideFillerProse;

const box =
  'Something to Consider If you liked this piece , we have an offer for you : Join LEDGER+ . Members get every story ' +
  'we print ( the quarterly too ) , no paywalls or meters , an ad-light site and our members-only podcast .';
const filed = ['Harbor Ledger', 'Ann Quill', 'Guest Writer - Right', 'Harbor Ledger'];
const text = (i: number) => `${prose(10 + i, 90)}\n${box}\n${prose(20 + i, 40)}`;

describe('a box one site prints under several outlet names', () => {
  const docs = filed.map((outlet, i) =>
    analyse({
      id: `s${i}`,
      outlet,
      date: `2025-04-0${i + 1}`,
      text: text(i),
      paragraphs: [],
      url: `https://www.harborledger.com/2025/04/story-${i}/`,
    }),
  );
  // a corpus of two hundred articles reads a shingle in more than ten of them as boilerplate (candidates.ts)
  const r = overlap(docs, { outlets: [], boilerplateDf: 10 });

  it('is the site boilerplate (stock), not a common source the outlets share', () => {
    const cross = r.pairs.filter((p) => p.kind === 'cross-outlet');
    expect(cross.length).toBeGreaterThan(0);
    const boxPassages = cross.flatMap((p) => p.passages).filter((x) => x.text.includes('LEDGER+'));
    expect(boxPassages.length).toBeGreaterThan(0);
    expect(boxPassages.every((x) => x.kind === 'stock')).toBe(true);
    expect(boxPassages.some((x) => /publisher boilerplate: harborledger\.com/.test(x.kind_because))).toBe(true);
  });
});

describe('guard: the same text on three sites', () => {
  it('stays common source: three publishers carry it', () => {
    const docs = ['Harbor Ledger', 'Ann Quill', 'Dale Courier'].map((outlet, i) =>
      analyse({
        id: `t${i}`,
        outlet,
        date: `2025-04-0${i + 1}`,
        text: text(i),
        paragraphs: [],
        url: `https://${['harborledger.com', 'annquill.net', 'dalecourier.org'][i]}/a/${i}`,
      }),
    );
    const xs = overlap(docs, { outlets: [], boilerplateDf: 10 })
      .pairs.flatMap((p) => p.passages)
      .filter((x) => x.text.includes('LEDGER+'));
    expect(xs.length).toBeGreaterThan(0);
    expect(xs.every((x) => x.kind === 'common-source')).toBe(true);
  });
});

describe('siteOf', () => {
  it('reads the registrable part of a host', () => {
    expect(siteOf('https://politicalticker.blogs.harborledger.com/x')).toBe('harborledger.com');
    expect(siteOf('https://www.ledger.co.uk/news/1')).toBe('ledger.co.uk');
    expect(siteOf('http://www.rt.de/a')).toBe('rt.de');
    expect(siteOf('not a url')).toBeNull();
    expect(siteOf(null)).toBeNull();
  });

  it('keeps two blogs of one platform two sites, by the Public Suffix List', () => {
    // a platform's blogs are unrelated publishers: one blog's box is not the other's boilerplate
    expect(siteOf('https://harborledger.blogspot.com/2019/x')).toBe('harborledger.blogspot.com');
    expect(siteOf('https://fenwickstar.blogspot.com/y')).toBe('fenwickstar.blogspot.com');
    expect(siteOf('https://www.ledger.com.au/z')).toBe('ledger.com.au');
    expect(siteOf('http://192.168.10.4/a')).toBe('192.168.10.4');
  });
});
