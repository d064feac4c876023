import { describe, expect, it } from 'vitest';
import { extractMentions, nameParts } from '../../lib/entities/mentions.js';
import { doc } from './fixtures.js';

const mentionsOf = (text: string) => extractMentions([doc('m', 'M', text)]).mentions[0];

describe('mentions', () => {
  it('finds a titled person and a known country, with spans into the text', () => {
    const text = 'Prime Minister Anna Kowalczyk arrived in France on Monday.';
    const ms = mentionsOf(text);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    const person = ms.find((m) => m.text.includes('Kowalczyk'));
    expect(person?.type).toBe('person');
    expect(person?.text).toBe('Anna Kowalczyk');
    expect(ms.find((m) => m.text === 'France')?.type).toBe('place');
  });

  it('does not take a capitalised sentence opener for a name', () => {
    const ms = mentionsOf('However, the talks ended without agreement.');
    expect(ms.map((m) => m.text)).not.toContain('However');
  });

  it('splits name particles off so spellings compare', () => {
    expect(nameParts('al-Shatri')).toEqual(['al', 'shatri']);
    expect(nameParts('Al Shatri')).toEqual(['al', 'shatri']);
  });

  it('returns mentions in text order, per doc in input order', () => {
    const r = extractMentions([doc('x', 'X', 'Berlin and Paris met Madrid.'), doc('y', 'Y', 'Nothing here.')]);
    expect(r.mentions).toHaveLength(2);
    const starts = r.mentions[0].map((m) => m.start);
    expect(starts).toEqual([...starts].sort((p, q) => p - q));
  });
});
