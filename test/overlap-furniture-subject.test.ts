// A small corpus, as a user's one-story folder is: an outlet has a handful of articles, so its newsletter box recurs in
// three or four of them, under the five that mark furniture of any subject. Seen on real cuts: a sign-up box of 90
// words made the report say "New York Times reuses its own text across 4 of its articles". The box is off the
// articles' subject (its words occur nowhere else in them); a background paragraph an outlet repeats in the articles
// of one story is on it, and stays the outlet's reuse of its own text.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { subjectShare } from '../lib/overlap/furniture.js';
import { buildIndex } from '../lib/overlap/fingerprints.js';
import type { Doc } from '../lib/types.js';
import { wideFillerProse } from './helpers/prose.js';

const prose = wideFillerProse;
const doc = (id: string, date: string, text: string): Doc =>
  analyse({ id, outlet: 'Harbor Ledger', date, text, paragraphs: [] });

const box =
  'Get the Harbor Ledger stories you care about delivered to your inbox each morning . By signing up , you agree to our Privacy Policy and our Terms of Use .';
const background =
  'The ferry companies reached a deal after eleven months of talks to share the northern piers for a decade , and the port authority approved it';
// each article tells the story in its own words, and repeats the background paragraph
const story = [
  'The deal the ferry companies reached on the northern piers , approved by the port authority after months of talks , came up again .',
  'Talks between the ferry companies took months ; the port authority approved their deal on the northern piers last spring .',
  'Critics of the northern piers deal say the port authority approved it too fast , after months of talks with the ferry companies .',
];

const boxed = [0, 1, 2].map((i) =>
  doc(`box-${i}`, `2025-04-0${i + 1}`, `${prose(10 + i, 90)}\n${box}\n${prose(20 + i, 40)}`),
);
const told = [0, 1, 2].map((i) =>
  doc(`bg-${i}`, `2025-05-0${i + 1}`, `${prose(30 + i, 70)}\n${background} .\n${prose(40 + i, 50)} ${story[i]}`),
);
const r = overlap([...boxed, ...told], { outlets: [] });
const passagesOf = (a: string, b: string) =>
  r.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))?.passages ?? [];

describe('site furniture in a small corpus', () => {
  it('a sign-up box in three of an outlet articles is stock, as site furniture', () => {
    const xs = passagesOf('box-0', 'box-2');
    expect(xs.length).toBeGreaterThan(0);
    expect(xs.every((x) => x.kind === 'stock' && /site furniture/.test(x.kind_because))).toBe(true);
  });

  it('a background paragraph of one story in three of its articles stays reuse', () => {
    expect(passagesOf('bg-0', 'bg-2').some((x) => x.kind === 'reuse')).toBe(true);
  });
});

describe('subjectShare', () => {
  it('is low for a box whose words the article does not use, high for text on its subject', () => {
    const index = buildIndex([boxed[0], told[0]]);
    const where = (d: Doc, s: string) => {
      const start = d.text.indexOf(s);
      const toks = d.tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
      return [toks.findIndex((t) => t.start >= start), toks.findIndex((t) => t.start >= start + s.length)];
    };
    const [a0, a1] = where(boxed[0], box);
    const [b0, b1] = where(told[0], background);
    expect(subjectShare(boxed[0], index, 0, a0, a1)).toBeLessThan(0.2);
    expect(subjectShare(told[0], index, 1, b0, b1)).toBeGreaterThan(0.5);
  });
});
