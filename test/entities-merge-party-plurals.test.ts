// The plural of a place's name ("the Americas", a region) is no party's members' noun ("America Party") (ents61).
// Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeNode, mergeGraphOf } from './helpers/entities.js';
import { mergePartyForms } from '../lib/entities/merge/party-forms.js';

const build = (plural: string) => {
  const nodes = [
    mergeNode('Solaria', 'place', 5, 'gazetteer', 3),
    mergeNode(plural, 'unknown', 2, 'no evidence'),
    mergeNode('Solaria Party', 'group', 3, 'head word: party', 3),
  ];
  return mergeGraphOf(nodes);
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
    const g = mergeGraphOf([
      mergeNode('Vantist', 'group', 3, 'no evidence', 2),
      mergeNode('Vantists', 'group', 2, 'no evidence', 2),
      mergeNode('Vantist Party', 'group', 3, 'head word: party', 3),
    ]);
    mergePartyForms(g);
    expect(g.uf.find(1)).toBe(g.uf.find(2));
  });
});
