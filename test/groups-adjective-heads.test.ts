// An adjective written as a group's head names the people it describes elsewhere in the corpus: "illegals" and "the
// unregistered" are labels of the settlers ("illegal settlers", "unregistered settlers"), beside "settlers" and
// "unregistered settlers", not groups of their own; "the permit is illegal" names no one. And a noun of a tie owned by
// someone the phrase does not name ("their constituents", "the mayor's neighbors") is no group of the story, while
// "constituents who wrote in" stays. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse, paragraphsOf } from '../lib/text/analyse.js';
import { docVoice } from '../lib/framing/voice.js';
import { groupLabelMentions } from '../lib/framing/groups.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string): Doc =>
  analyse({ id, outlet, date: null, text, paragraphs: paragraphsOf(text) });

const SETTLERS: [string, string][] = [
  [
    'Valley Courier',
    'The illegal settlers who crossed the river built huts. The illegal settlers said they would stay. Officials counted illegal settlers on the hills. Many illegal settlers who farm the plain asked for water. The illegals said the permit is illegal. More illegals who came arrived on Monday.',
  ],
  [
    'Plain Herald',
    'The unregistered settlers who crossed the river built huts. The unregistered settlers said they would stay. Officials counted unregistered settlers on the hills. The settlers who farm the plain asked for water. Aid groups help the unregistered. The unregistered are afraid.',
  ],
  [
    'Hill Times',
    'The settlers who crossed the river built huts. The settlers said they would stay. Some illegal settlers who farm the plain asked for water. The unregistered settlers who came late were counted. Some unregistered settlers left. Two illegal settlers and three illegal settlers met.',
  ],
];

const groups = (texts: [string, string][]) => {
  const docs = texts.map(([o, t], i) => doc('s' + i, o, t));
  return groupLabelMentions(
    docs,
    [],
    docs.map((d) => docVoice(d)),
    { minPersonal: 2 },
  );
};

describe('an adjective as a group’s head', () => {
  const ms = groups(SETTLERS);

  it('is a label of the people the adjective describes', () => {
    const of = (label: string) => ms.filter((m) => m.label.toLowerCase() === label).map((m) => m.targetName);
    expect(of('illegals')).toEqual(['settlers', 'settlers']);
    expect(of('the unregistered')).toEqual(['settlers', 'settlers']);
  });

  it('names no one bare after a verb', () => {
    expect(ms.filter((m) => m.label === 'illegal')).toEqual([]);
    expect(ms.filter((m) => /^group:illegal/.test(m.target))).toEqual([]);
  });
});

const TIES: [string, string][] = [
  [
    'North Post',
    'Lawmakers said their constituents oppose the dam. The mayor’s neighbors said little. The constituents who wrote in were angry. Some constituents who called were calm. His constituents want a vote. The neighbors who live by the river fear floods. Some neighbors who farm were calm.',
  ],
];

describe('a tie noun owned by someone unnamed', () => {
  const ms = groups(TIES);

  it('is no group of the story', () => {
    const labels = ms.filter((m) => m.target === 'group:constituent').map((m) => m.label);
    expect(labels).toEqual(['constituents', 'constituents']);
    expect(ms.filter((m) => m.target === 'group:neighbor').map((m) => m.label)).toEqual(['neighbors', 'neighbors']);
  });

  it('stays a group where its owner is a group the story names', () => {
    const kin = groups([
      [
        'East Daily',
        'The pupils who were moved from their parents cried. The parents who came were calm. The parents said little. The pupils said they would see their parents soon.',
      ],
    ]);
    expect(kin.filter((m) => m.target === 'group:parent').map((m) => m.label)).toEqual([
      'parents',
      'parents',
      'parents',
      'parents',
    ]);
  });
});
