// A role named after a body and set before a person's name is the person's title: "Unity nominee Ada Marsh",
// "Unity strategist Ben Holt" are how outlets name Marsh and Holt, neither a label of the Unity Party nor a group of
// its people; nor is "the Unity nominee", one person named back. Unity's strategists and past nominees named as a
// group ("Unity strategists said …") stay a group of their own. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse, paragraphsOf } from '../lib/text/analyse.js';
import { docVoice } from '../lib/framing/voice.js';
import { groupLabelMentions } from '../lib/framing/groups.js';
import { entityLabelMentions } from '../lib/framing/labels.js';
import type { Doc, EntityRef, Span } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string): Doc =>
  analyse({ id, outlet, date: null, text, paragraphs: paragraphsOf(text) });

const TEXTS: [string, string][] = [
  [
    'North Post',
    'Unity nominee Ada Marsh said the vote was close. Unity strategist Ben Holt agreed. Unity strategists said turnout was high. The strategists who ran the count were calm. The Unity nominee’s staff spoke last. Unity nominees who ran before said they lost. The nominees who lost were calm.',
  ],
  [
    'South Wire',
    'Unity nominee Ada Marsh rallied in Lorvik on Monday. Unity strategists said the count was late. The strategists who spoke were calm. Unity strategist Ben Holt said little. Her staff thanked the presumptive Unity nominee. Unity nominees who ran before said they lost. The nominees who lost were calm.',
  ],
];

const entity = (docs: readonly Doc[], id: string, name: string, type: string, word: string): EntityRef => {
  const mentions: Span[] = [];
  for (const d of docs)
    for (let i = d.text.indexOf(word); i >= 0; i = d.text.indexOf(word, i + 1))
      mentions.push({ doc: d.id, start: i, end: i + word.length });
  return { id, name, type, mentions };
};

describe('a role before a person’s name', () => {
  const docs = TEXTS.map(([o, t], i) => doc('u' + i, o, t));
  const unity = entity(docs, 'unity', 'Unity Party', 'group', 'Unity');
  const marsh = entity(docs, 'marsh', 'Ada Marsh', 'person', 'Ada Marsh');
  const groups = groupLabelMentions(
    docs,
    [unity, marsh],
    docs.map((d) => docVoice(d)),
    { titles: ['president'], minPersonal: 2 },
  );

  it('is no group of the body’s people', () => {
    const labels = groups.filter((m) => m.targetName === 'Unity Party strategists').map((m) => m.label);
    expect(labels).toEqual(['Unity strategists', 'Unity strategists']);
    // "the Unity nominee", one person named back; "Unity nominees of past years" are a group
    expect(groups.filter((m) => /Unity nominee/.test(m.label)).map((m) => m.label)).toEqual([
      'Unity nominees',
      'Unity nominees',
    ]);
  });

  it('is the person’s title', () => {
    const titles = entityLabelMentions(docs, [marsh], ['president'])
      .filter((m) => m.target === 'marsh' && m.kind === 'title')
      .map((m) => m.label);
    expect(titles).toEqual(['Unity nominee', 'Unity nominee']);
  });
});
