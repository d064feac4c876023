// Entity steps that must stay linear in the names of one long document: how many names each step compares, counted
// (not timed), and the merges and definitions they still find.
import { describe, expect, it, vi } from 'vitest';
import * as aliases from '../lib/entities/aliases.js';
import * as acronyms from '../lib/entities/acronyms.js';
import { spelledAcronyms } from '../lib/entities/spelled-acronyms.js';
import type { Mention } from '../lib/entities/mentions.js';
import { entityWith, run } from './helpers/entities.js';

vi.mock('../lib/entities/aliases.js', async (original) => {
  const m = await original<typeof import('../lib/entities/aliases.js')>();
  return { ...m, nameVariant: vi.fn(m.nameVariant) };
});
vi.mock('../lib/entities/acronyms.js', async (original) => {
  const m = await original<typeof import('../lib/entities/acronyms.js')>();
  return { ...m, matchesAcronym: vi.fn(m.matchesAcronym) };
});

const SYL = ['ka', 'ro', 'mi', 'tel', 'van', 'dor', 'sel', 'bri', 'mon', 'lu'];
/** A distinct invented word for each i. */
const word = (i: number) => {
  let s = '';
  for (let j = i + 100; j > 0; j = Math.floor(j / 10)) s += SYL[j % 10];
  return s[0].toUpperCase() + s.slice(1);
};

describe('transliteration merges among many people who share a given name', () => {
  it('compare only names whose other word may be a variant, and still join the romanised pair', () => {
    const people = Array.from({ length: 400 }, (_, i) => `John ${word(i)} met officials.`).join(' ');
    const r = run(
      people + ' Rebels said Moammar Gadhafi had fled. Gadhafi denied it.',
      'Libyan leader Muammar Qaddafi ruled for four decades. Qaddafi was killed in 2011.',
    );
    expect(entityWith(r, 'Muammar Qaddafi')?.id).toBe(entityWith(r, 'Moammar Gadhafi')?.id);
    expect(entityWith(r, `John ${word(1)}`)?.id).not.toBe(entityWith(r, `John ${word(2)}`)?.id);
    // every pair of the 400 Johns is 80,000 comparisons
    expect(vi.mocked(aliases.nameVariant).mock.calls.length).toBeLessThan(2000);
  });
});

describe('acronyms an article spells out without brackets', () => {
  const mention = (text: string, start: number, extra: Partial<Mention> = {}): Mention => ({
    doc: 'd0',
    text,
    start,
    end: start + text.length,
    type: 'org',
    strength: 2,
    cue: 'test',
    sentence: 0,
    parts: text.toLowerCase().split(' '),
    ...extra,
  });

  it('read only the names that may spell each acronym, and find the one that does', () => {
    const list: Mention[] = [];
    for (let i = 0; i < 1500; i++) {
      const name = `${word(i)} ${word(i + 7)} Council`;
      const acro = name
        .split(' ')
        .map((w) => w[0])
        .join('');
      list.push(mention(name, i * 100), mention(`X${acro}${i}`, i * 100 + 50, { acronym: `X${acro}${i}` }));
    }
    list.push(mention('Valdor Rescue Board', 200_000), mention('VRB', 200_050, { acronym: 'VRB' }));
    vi.mocked(acronyms.matchesAcronym).mockClear();
    const out = spelledAcronyms([{ id: 'd0' }], [list], []);
    expect(out).toEqual([
      { acronym: 'VRB', expansion: 'Valdor Rescue Board', doc: 'd0', start: 200_000, end: 200_019 },
    ]);
    // reading every name for every acronym is 1501 x 1501 calls
    expect(vi.mocked(acronyms.matchesAcronym).mock.calls.length).toBeLessThan(20_000);
  });
});
