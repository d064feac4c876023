// Two phrases whose words a label kept wrong: an infinitive after the object of a noun made from a verb says what the
// act allows of the people ("the authorization of people to move in unlawfully"), no manner that names them; and a
// "government of X" actor label keeps a name made an adjective by a participle before "government" ("the
// Nordic-dominated government of Brenn"). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, labelsOfTarget, outletDocs } from './helpers/label-fixtures.js';
import { runFraming } from '../lib/framing/run.js';
import { paragraphsOf } from '../lib/text/analyse.js';
import type { Article } from '../lib/types.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'Unlawful tenants filled the tower on Monday. The unlawful tenants who moved in unlawfully refused to leave. ' +
      'Officials counted unlawful tenants on every floor. Many unlawful tenants said they would stay. ' +
      'The people who moved in unlawfully were told to go. Officials met people living in the tower unlawfully. ' +
      'Another option was the authorization of people to move in unlawfully. The rule is a way for more people to ' +
      'move in unlawfully. People voting unlawfully were fined.',
  ],
  [
    'South Wire',
    'The tenants who moved in unlawfully said little, and the tenants left. Some unlawful tenants who came late ' +
      'were counted. The people who have moved in unlawfully asked for water. Many tenants living in the tower ' +
      'unlawfully met the mayor, and the tenants cheered. The unlawful tenants said the people hired unlawfully ' +
      'were gone.',
  ],
];

const art = (id: string, outlet: string, text: string): Article =>
  ({ id, outlet, date: '2024-03-04', title: '', text, paragraphs: paragraphsOf(text) }) as Article;

describe('a label’s words', () => {
  it('hold no infinitive after the object of an act', () => {
    const labels = labelsOfTarget(groupsOf(outletDocs('ao', TEXTS), []), 'tenants');
    expect(labels.filter((l) => l.startsWith('North Post: people to'))).toEqual([
      'North Post: people to move in unlawfully',
    ]);
  });

  it('keep a participle compound before "government of X"', () => {
    const text =
      'Prime Minister Ivo Brenn spoke in Valdor on Monday.\n\n' +
      'The Nordic-dominated government of Ivo Brenn closed the border. Brenn said the border would stay shut.\n\n' +
      'The Nordic-dominated government of Ivo Brenn denied it.';
    const rows = runFraming([art('g1', 'Ledger', text)], { withOverlap: false, events: { g1: 'e' } });
    const labels = rows.framing.detail.labelMentions.filter((m) => m.kind === 'actor').map((m) => m.label);
    expect(labels).toContain('The Nordic-dominated government of Ivo Brenn');
  });
});
