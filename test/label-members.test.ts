// The people who work for or belong to a body are a group of their own: "Unity strategists" or "a Unity candidate"
// are not labels of the Unity Party, as "Vela supporters" are not labels of Ana Vela (label-adherents.test.ts). Before,
// the party's label row listed "Unity strategists" and "Unity candidates" among the ways outlets named the party.
import { describe, expect, it } from 'vitest';
import { analyse, paragraphsOf } from '../lib/text/analyse.js';
import { docVoice } from '../lib/framing/voice.js';
import { groupLabelMentions } from '../lib/framing/groups.js';
import type { Doc, EntityRef, Span } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string): Doc =>
  analyse({ id, outlet, date: null, text, paragraphs: paragraphsOf(text) });

const TEXTS: [string, string][] = [
  [
    'North Post',
    'Unity strategists said the vote was close. The strategists who ran the count were calm. Unity candidates said they would win. The candidates who spoke were young. Unity critics said the count was late. The critics who watched it agreed.',
  ],
  [
    'South Wire',
    'Unity candidates rallied in Lorvik. Unity strategists said turnout was high. The strategists who spoke to reporters were calm. The candidates who lost said little. The critics who spoke were few.',
  ],
  [
    'East Daily',
    'The strategists said the vote would hold. Unity strategists said so again. Unity candidates said they would meet voters. The candidates said so. Unity critics said the vote was unfair. The critics who filed a complaint waited.',
  ],
];

/** The spans of every "Unity" in the docs: the entity Unity Party's mentions. */
function unityEntity(docs: readonly Doc[]): EntityRef {
  const mentions: Span[] = [];
  for (const d of docs)
    for (let i = d.text.indexOf('Unity'); i >= 0; i = d.text.indexOf('Unity', i + 1))
      mentions.push({ doc: d.id, start: i, end: i + 5 });
  return { id: 'unity-party', name: 'Unity Party', type: 'group', mentions };
}

describe('people of a named body', () => {
  const docs = TEXTS.map(([o, t], i) => doc('u' + i, o, t));
  const mentions = groupLabelMentions(
    docs,
    [unityEntity(docs)],
    docs.map((d) => docVoice(d)),
    { titles: ['president'], minPersonal: 2 },
  );

  it('gives no strategist, candidate or critic to the party', () => {
    expect(mentions.filter((m) => m.target === 'unity-party').map((m) => m.label)).toEqual([]);
  });

  it('names a group after the party for its strategists, candidates and critics', () => {
    const names = (label: string) => new Set(mentions.filter((m) => m.label === label).map((m) => m.targetName));
    expect(names('Unity strategists')).toEqual(new Set(['Unity Party strategists']));
    expect(names('Unity candidates')).toEqual(new Set(['Unity Party candidates']));
    expect(names('Unity critics')).toEqual(new Set(['Unity Party critics']));
  });
});
