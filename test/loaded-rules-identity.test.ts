// Two neutral senses of loaded words: "regime" as a system of rules ("a legal regime", "the detention regime", "a
// regime of tax cuts") is no label put on a government, and "openly" before an identity ("the first openly gay
// minister") is the plain word for someone public about it, not a charge of brazenness (lib/framing/regime-senses.ts,
// senses.ts). Invented fixtures.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded.js';

describe('regime as a system of rules', () => {
  it('is not loaded after a noun of rules or in "a regime of" common nouns', () => {
    expect(marked('Children held in the ministry’s detention regime fell ill at Lorn.')).toEqual([]);
    expect(marked('The court said the legal regime on ferries is out of date.')).toEqual([]);
    expect(marked('The mayor argued that a regime of levy cuts and rollbacks has helped dockers.')).toEqual([]);
  });

  it('stays loaded for a government', () => {
    expect(marked('The Valdor regime jailed the dockers.')).toEqual(['regime']);
    expect(marked('Sanctions hit the regime of Ivo Brenn.')).toEqual(['regime']);
    expect(marked('Dockers fled a regime of terror.')).toEqual(['regime', 'terror']);
  });
});

describe('openly before an identity', () => {
  it('is not loaded', () => {
    expect(marked('She would be the first openly gay harbour master in Lorn.')).toEqual([]);
  });

  it('stays loaded for an act', () => {
    expect(marked('The mayor openly defied the harbour court.')).toEqual(['openly']);
  });
});
