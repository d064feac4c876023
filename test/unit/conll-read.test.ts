// The entity evaluation reads other news NER sets than the CoNLL-2003 file it was built on: IOB2 and IOBES tags,
// OntoNotes type names, two-column files. A held-out set in one of these layouts must be scored, not misread.
import { describe, expect, it } from 'vitest';
import { readConll, readTag } from '../../bench/eval/entities.js';

describe('reading CoNLL-style NER files', () => {
  it('maps IOB2, IOBES and OntoNotes type names to PER / ORG / LOC, and other types to MISC', () => {
    expect(readTag('B-PERSON')).toEqual({ bio: 'B', type: 'PER' });
    expect(readTag('i-gpe')).toEqual({ bio: 'I', type: 'LOC' });
    expect(readTag('S-ORGANIZATION')).toEqual({ bio: 'B', type: 'ORG' });
    expect(readTag('E-LOC')).toEqual({ bio: 'I', type: 'LOC' });
    expect(readTag('B-DATE')).toEqual({ bio: 'B', type: 'MISC' });
    expect(readTag('O')).toEqual({ bio: 'O', type: '' });
  });

  it('finds the gold spans of a two-column IOB2 file with OntoNotes types', () => {
    const raw = [
      'Mara\tB-PERSON',
      'Velt\tI-PERSON',
      'left\tO',
      'Oslo\tB-GPE',
      'on\tO',
      'Monday\tB-DATE',
      '.\tO',
      '',
    ].join('\n');
    const [doc] = readConll(raw);
    expect(doc.text).toBe('Mara Velt left Oslo on Monday.');
    expect(doc.gold.map((g) => [doc.text.slice(g.start, g.end), g.type])).toEqual([
      ['Mara Velt', 'PER'],
      ['Oslo', 'LOC'],
      ['Monday', 'MISC'],
    ]);
  });
});
