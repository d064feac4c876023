// Error classes of entity extraction on sports, business and wire news (issue 16), each on a small fixture written for
// it: scoreboards, results tables, clubs named after towns, companies known only from the text around them.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractEntities, type EntityResult } from '../lib/entities/entities.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, text: string): Doc => analyse({ id, outlet: id, date: null, text, paragraphs: [] });
const run = (...texts: string[]) => extractEntities(texts.map((t, i) => doc('d' + i, t)));
const mentionOf = (r: EntityResult, text: string) => r.mentions.flat().find((m) => m.text === text);
const typeOf = (r: EntityResult, text: string) => mentionOf(r, text)?.type;
const texts = (r: EntityResult) => r.mentions.flat().map((m) => m.text);

describe('names on scoreboards and in results', () => {
  it('an initial before a surname stays in the name, though the sentence splitter cut after it', () => {
    const r = run('Tarnby 212 (K. Olvessen 64, R. Dallow 51; T.Margood 4-30).\nJ. Pelloway b Strune 12');
    expect(typeOf(r, 'K. Olvessen')).toBe('person');
    expect(typeOf(r, 'R. Dallow')).toBe('person');
    expect(typeOf(r, 'J. Pelloway')).toBe('person');
    expect(texts(r)).not.toContain('Olvessen');
    // a compass point before a place is no initial
    const p = run('Talks between N. Korea and S. Korea resumed.');
    expect(typeOf(p, 'Korea')).not.toBe('person');
    expect(texts(p)).not.toContain('N. Korea');
  });
});
