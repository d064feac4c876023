// People around a named actor are a group of their own: "Vela supporters" or "Vela aides" are not labels of Ana Vela,
// as "the Vela administration" is. Before, the label table listed "Vela supporters" among the ways outlets named her.
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
    'Vela supporters marched in Lorvik on Sunday. The Vela administration said the march was peaceful. The supporters who gathered at the square sang. The administration who runs the city said little.',
  ],
  [
    'South Wire',
    'Thousands of Vela supporters rallied in Lorvik. Vela aides said the rally would go on. The Vela administration said the police would stay away. The aides who spoke to reporters were calm.',
  ],
  [
    'East Daily',
    'The supporters who backed her filled the streets. Vela supporters said they would return. The Vela administration said it welcomed them. The aides said Vela aides would meet them. The administration said so.',
  ],
];
/** The spans of every "Vela" in the docs: the entity Ana Vela's mentions. */
function velaEntity(docs: readonly Doc[]): EntityRef {
  const mentions: Span[] = [];
  for (const d of docs)
    for (let i = d.text.indexOf('Vela'); i >= 0; i = d.text.indexOf('Vela', i + 1))
      mentions.push({ doc: d.id, start: i, end: i + 4 });
  return { id: 'ana-vela', name: 'Ana Vela', type: 'person', mentions };
}

describe('people around a named actor', () => {
  const docs = TEXTS.map(([o, t], i) => doc('v' + i, o, t));
  const mentions = groupLabelMentions(
    docs,
    [velaEntity(docs)],
    docs.map((d) => docVoice(d)),
    { titles: ['president'], minPersonal: 2 },
  );
  const of = (target: string) => mentions.filter((m) => m.target === target).map((m) => m.label);

  it('keeps "the Vela administration" as a label of Ana Vela, and no supporter or aide', () => {
    expect(of('ana-vela')).toContain('Vela administration');
    expect(of('ana-vela').filter((l) => /supporters|aides/.test(l))).toEqual([]);
  });

  it('gives "Vela supporters" and "Vela aides" a group named after her', () => {
    const supporters = mentions.filter((m) => m.label === 'Vela supporters');
    expect(supporters.length).toBeGreaterThanOrEqual(3);
    expect(new Set(supporters.map((m) => m.targetName))).toEqual(new Set(['Ana Vela supporters']));
    expect(new Set(mentions.filter((m) => m.label === 'Vela aides').map((m) => m.targetName))).toEqual(
      new Set(['Ana Vela aides']),
    );
  });
});
