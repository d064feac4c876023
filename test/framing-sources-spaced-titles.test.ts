// Who speaks in pre-tokenised copy that spaces a title's period off ("Ohio Gov . John Kasich said", "Mr . Earnest
// said"): the title stays with the name, the speaker is the person, and the speaker's span covers what is written.
// Fixtures written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person } from './helpers/speakers.js';
import { docVoice } from '../lib/framing/voice.js';
import { sourceMentions } from '../lib/framing/sources.js';
import type { Doc, EntityRef } from '../lib/types.js';

const rows = (d: Doc, entities: EntityRef[]) =>
  sourceMentions([d], [docVoice(d)], entities).map((m) => ({
    text: d.text.slice(m.span.start, m.span.end),
    kind: m.kind,
    name: m.name,
  }));

describe('a title whose period the copy spaced off', () => {
  it('is part of the speaker phrase of a quote, and the speaker is the person', () => {
    const d = fixtureDoc(
      'st1',
      "Ohio Gov . Lena Varro questioned the plan during the forum , saying , `` Come on , folks . ''",
    );
    expect(rows(d, [person(d, 'Lena Varro')])).toEqual([
      { text: 'Ohio Gov . Lena Varro', kind: 'named', name: 'Lena Varro' },
    ]);
  });

  it('is part of the speaker phrase of reported speech after a quote', () => {
    const d = fixtureDoc('st2', '“ We are asking them to do their job , ” Mr . Tomas Earn said .');
    expect(rows(d, [person(d, 'Tomas Earn')])).toEqual([
      { text: 'Mr . Tomas Earn', kind: 'named', name: 'Tomas Earn' },
    ]);
  });

  it('reads a reported statement with the title', () => {
    const d = fixtureDoc('st3', 'Wisconsin Gov . Ada Walden said he was looking to the courts .');
    expect(rows(d, [person(d, 'Ada Walden')])).toEqual([
      { text: 'Wisconsin Gov . Ada Walden', kind: 'named', name: 'Ada Walden' },
    ]);
  });
});
