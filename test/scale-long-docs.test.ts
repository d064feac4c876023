// Steps that must stay linear in one long document (a transcript, a live blog, a book): the same answers as the
// plain scan, and sizes at which a scan per speaker, quote or name would run for minutes.
import { describe, expect, it } from 'vitest';
import { bodyKind, bodyKinds } from '../lib/framing/body-names.js';

const opener = (w: string) => /^(?:The|According|In|A)$/.test(w);

describe('bodyKinds: one index of a text for every one-word speaker', () => {
  const text = [
    'According to Pollwise, the vote is close. A Pollwise survey found the same.',
    'Mr. Brenn said so. Later Brenn said more.\tBrenn\tagreed, x(Brenn)Brenn and Brenn Brenn.',
    'Gazetta reported the story; Gazetta reporters said it. Anna Gazetta is someone else? No: "Gazetta" magazine.',
    'Voxa said. "Voxa,"Voxa said. According to the Voxa data, Voxa-Nord and O’Voxa are other words.',
    'Kelt\u00a0said Kelt. In Kelt, according to Kelt analysis.',
  ].join('\n\n');
  const words = ['Pollwise', 'Brenn', 'Gazetta', 'Voxa', 'Kelt', 'Nobody', 'Nord', 'Voxa-Nord', 'St.Kelt', 'Analysing'];

  it('gives what the scan of the whole text gives, word by word', () => {
    const kinds = bodyKinds(text, opener);
    for (const w of words) expect(kinds(w), w).toBe(bodyKind(text, w, opener));
    expect(kinds('Pollwise')).toBe('institution');
    expect(kinds('Brenn')).toBeNull();
  });

  it('reads 4,000 distinct speakers of a 2 MB transcript in seconds (a scan per speaker took minutes)', () => {
    const turns: string[] = [];
    for (let i = 0; turns.length * 60 < 2_000_000; i++)
      turns.push(`SPEAKER${'ABCDEFGHIJ'[i % 10]}${'KLMNOPQRST'[Math.floor(i / 10) % 10]}: the council met on Tuesday.`);
    const big = turns.join('\n\n');
    const kinds = bodyKinds(big, opener);
    const names = Array.from(
      { length: 4000 },
      (_, i) => `Zorbel${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[+d])}`,
    );
    for (const n of names) expect(kinds(n)).toBeNull();
    expect(kinds('SPEAKERAK')).toBeNull();
  }, 20_000);
});
