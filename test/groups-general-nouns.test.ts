// A general noun of people ("people", "individuals") names whoever its sentence is about: bare, it labels no group
// ("thousands of people marched"), though it still counts toward its group's two uses in an event; an adjective that
// names one group of the corpus makes it that group's label ("unregistered people" as "unregistered settlers"); other
// modifiers stay the general noun's labels ("innocent people"). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse, paragraphsOf } from '../lib/text/analyse.js';
import { docVoice } from '../lib/framing/voice.js';
import { groupLabelMentions } from '../lib/framing/groups.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string): Doc =>
  analyse({ id, outlet, date: null, text, paragraphs: paragraphsOf(text) });

const TEXTS: [string, string][] = [
  [
    'Valley Courier',
    'The unregistered settlers who crossed the river built huts. The unregistered settlers said they would stay. Officials counted unregistered settlers on the hills. Many unregistered settlers who farm the plain asked for water. Thousands of people who live upriver marched. The people said they were tired.',
  ],
  [
    'Plain Herald',
    'The settlers who crossed the river built huts. The settlers said little. Some unregistered settlers who came late were counted. The unregistered people who farm the plain asked for water. Aid reached the innocent people on Monday, and the people cheered.',
  ],
];

describe('a general noun of people', () => {
  const docs = TEXTS.map(([o, t], i) => doc('g' + i, o, t));
  const ms = groupLabelMentions(
    docs,
    [],
    docs.map((d) => docVoice(d)),
    { minPersonal: 2 },
  );
  const labels = (target: string) => ms.filter((m) => m.targetName === target).map((m) => m.label);

  it('labels no group bare', () => {
    expect(ms.filter((m) => m.label.toLowerCase() === 'people')).toEqual([]);
  });

  it('is the label of the group its adjective names', () => {
    expect(labels('settlers')).toContain('unregistered people');
  });

  it('keeps other modifiers as its own labels', () => {
    expect(labels('people')).toEqual(['innocent people']);
  });
});
