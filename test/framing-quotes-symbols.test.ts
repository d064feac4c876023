// Emoji and flags beside a speaker's name are no part of the speaker, and every span stays an offset into the user's
// text (UTF-16, as JavaScript indexes it) with astral characters before the quote, the name and the statement. A quote
// carried on from a pronoun's quote keeps the pronoun's span, not one as long as the name it was resolved to.
// Fixtures written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { analyseFraming } from '../lib/framing/framing.js';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person } from './helpers/speakers.js';

/** Each source mention as [its text, the text its span points at], and each quote row as [text at its span, speaker, role]. */
function spans(text: string) {
  const d = fixtureDoc('sy', text);
  const entities = ['Ana Doe', 'Ivo Brenn'].filter((n) => text.includes(n)).map((n) => person(d, n));
  const f = analyseFraming({ docs: [d], entities });
  return {
    sources: f.detail.sourceMentions.map((m) => [m.text, text.slice(m.span.start, m.span.end)]),
    quotes: f.detail.quotes.map((q) => [text.slice(q.start, q.end), q.speaker, q.speaker_role]),
    speakerSpans: f.detail.voices[0].quotes.map(
      (q) => q.speakerSpan && text.slice(q.speakerSpan.start, q.speakerSpan.end),
    ),
  };
}

describe('emoji and flags around a speaker', () => {
  it('are left out of the speaker and its role, with spans into the text', () => {
    const r = spans('🇺🇸🇺🇸 Ana Doe said: “We will not back down 💪.”');
    expect(r.sources).toEqual([['Ana Doe', 'Ana Doe']]);
    expect(r.quotes).toEqual([['“We will not back down 💪.”', 'Ana Doe', '']]);
    const s = spans(
      'Fans wrote 👉🏽👉🏽 on signs. Ana Doe 🌹 told the crowd that the plan would fail. “No,” said 😀 Ivo Brenn.',
    );
    expect(s.sources).toEqual([
      ['Ana Doe', 'Ana Doe'],
      ['Ivo Brenn', 'Ivo Brenn'],
    ]);
    expect(s.quotes).toEqual([['“No,”', 'Ivo Brenn', '']]);
  });
});

describe('a quote carried on from a pronoun’s quote', () => {
  it('keeps the pronoun’s span', () => {
    const r = spans('“Hello,” said Ana Doe. “We will win,” she said. “We are ready.”');
    expect(r.speakerSpans).toEqual(['Ana Doe', 'she', 'she']);
  });
});
