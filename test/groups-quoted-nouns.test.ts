// An adjective before a quoted noun modifies it: "the devout 'other'" names the quoted word, not the devout settlers,
// while "the devout are afraid" still heads a phrase of them. Fixtures written for these tests.
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
    "The religious settlers who crossed the river built huts. The religious settlers said they would stay. Officials counted religious settlers on the hills. Many religious settlers who farm the plain asked for water. Fear of the religious 'other' grew on Monday. The religious are afraid.",
  ],
  [
    'Plain Herald',
    'The settlers who crossed the river built huts. The settlers said they would stay. Some religious settlers who came late were counted. Fear of the religious “ other ” and of the town grew. The religious are afraid.',
  ],
];

describe('an adjective before a quoted noun', () => {
  const docs = TEXTS.map(([o, t], i) => doc('q' + i, o, t));
  const ms = groupLabelMentions(
    docs,
    [],
    docs.map((d) => docVoice(d)),
    { minPersonal: 2 },
  );
  const bare = ms.filter((m) => m.label.toLowerCase() === 'the religious').map((m) => m.doc);

  it('modifies the quoted word and names no group', () => {
    expect(bare).toEqual(['q0', 'q1']);
  });
});
