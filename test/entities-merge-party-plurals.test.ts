// The plural of a place's name ("the Americas", a region) is no party's members' noun ("America Party") (ents61).
// Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { mk, type Mention } from '../lib/entities/mention-record.js';
import { mergeGraph, type MergeNode } from '../lib/entities/merge/graph.js';
import { mergePartyForms } from '../lib/entities/merge/party-forms.js';

/** A node of `n` mentions of one name, typed as given. */
const node = (text: string, type: Mention['type'], strength: number, n: number, cue: string): MergeNode => {
  const mentions = Array.from({ length: n }, (_, k) =>
    mk(analyse({ id: `d${k}`, outlet: 'o', date: null, text, paragraphs: [] }), 0, 0, text.length, type, strength, cue),
  );
  return {
    key: 'name:' + mentions[0].parts.join(' '),
    core: mentions[0].parts,
    mentions,
    reasons: [],
    gazetteer: false,
  };
};

const build = (plural: string) => {
  const nodes = [
    node('Solaria', 'place', 3, 5, 'gazetteer'),
    node(plural, 'unknown', 1, 2, 'no evidence'),
    node('Solaria Party', 'group', 3, 3, 'head word: party'),
  ];
  return mergeGraph(nodes, new Map(nodes.map((n, i) => [n.key, i])));
};

describe('a place’s plural beside a party named for the place', () => {
  it('keeps the region apart from the party', () => {
    const g = build('Solarias');
    mergePartyForms(g);
    expect(g.uf.find(1)).not.toBe(g.uf.find(2));
  });
});

describe('a plural whose singular is no place (guard)', () => {
  it('still joins the party', () => {
    const nodes = [node('Vantist', 'group', 2, 3, 'no evidence'), node('Vantists', 'group', 2, 2, 'no evidence')];
    nodes.push(node('Vantist Party', 'group', 3, 3, 'head word: party'));
    const g = mergeGraph(nodes, new Map(nodes.map((n, i) => [n.key, i])));
    mergePartyForms(g);
    expect(g.uf.find(1)).toBe(g.uf.find(2));
  });
});
