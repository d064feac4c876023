// Two forms of speaker left unresolved: a phrase opening on a possessive pronoun ("his office said", "Her
// spokeswoman said": the owner's body or an unnamed person of it, not the pronoun), and "the president" in a story
// that names its holder untitled while another story of the same event titles him ("President Ivo Brenn").
// Fixtures written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import type { Doc, EntityRef } from '../lib/types.js';
import { docVoice } from '../lib/framing/voice.js';
import { sourceMentions } from '../lib/framing/sources.js';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';

/** The [doc, phrase, kind, name] rows of docs, one person `name` written as `forms`, the docs' events. */
function speakers(docs: Doc[], name: string, forms: string[], events: Record<string, string> = {}) {
  const mentions = docs.flatMap((d) => forms.flatMap((f) => spansOf(d, f)));
  const inner = (s: { doc: string; start: number; end: number }) =>
    mentions.some(
      (o) => o !== s && o.doc === s.doc && o.start <= s.start && s.end <= o.end && o.end - o.start > s.end - s.start,
    );
  const e: EntityRef = { id: name, name, type: 'person', mentions: mentions.filter((s) => !inner(s)) };
  return sourceMentions(
    docs,
    docs.map((d) => docVoice(d)),
    [e],
    events,
  ).map((m) => [m.doc, m.text.trim(), m.kind, m.name]);
}

describe('a speaker opening on a possessive pronoun', () => {
  const d = fixtureDoc(
    'own',
    'Senator Ivo Brenn met rebel leaders on Monday .\n\n' +
      'His office said the senator was safe . Her spokeswoman said the meeting had been planned for weeks .',
  );

  it('is the owner’s body when its head is one', () => {
    expect(speakers([d], 'Ivo Brenn', ['Ivo Brenn'])).toContainEqual([
      'own',
      'His office',
      'institution',
      'his office',
    ]);
  });

  it('is an unnamed person when its head is a person’s', () => {
    expect(speakers([d], 'Ivo Brenn', ['Ivo Brenn'])).toContainEqual([
      'own',
      'Her spokeswoman',
      'anonymous',
      'her spokeswoman',
    ]);
  });
});

describe('"the president" in a story that names the holder untitled', () => {
  const a = fixtureDoc('a', 'President Ivo Brenn signed the port bill on Friday .');
  const b = fixtureDoc(
    'b',
    'Brenn wants the port sold . Harbour workers marched on Monday .\n\n“ The port stays open , ” the president said .',
  );

  it('is the one person of the story its event’s other stories title so', () => {
    const r = speakers([a, b], 'Ivo Brenn', ['Ivo Brenn', 'Brenn'], { a: 'port', b: 'port' });
    expect(r).toContainEqual(['b', 'the president', 'named', 'Ivo Brenn']);
  });

  it('stays unresolved when no story of its event titles him', () => {
    const r = speakers([a, b], 'Ivo Brenn', ['Ivo Brenn', 'Brenn'], { a: 'port', b: 'ferry' });
    expect(r).toContainEqual(['b', 'the president', 'unresolved', 'president']);
  });
});
