// What a group label's modifier is on real copy: only a word before the head inside one noun phrase. A count word
// ("several judges"), a verb after its subject ("a judge ordered children to be reunited"), a noun before a quoted
// noun ("illegal immigrant “Dreamers”") and a label the writer names rather than uses ("what they call illegal
// aliens") give no label an outlet chose. Small invented corpora of three or four outlets.
import { describe, expect, it } from 'vitest';
import { analyse, paragraphsOf } from '../lib/text/analyse.js';
import { docVoice } from '../lib/framing/voice.js';
import { labelRows } from '../lib/framing/labels.js';
import { groupLabelMentions } from '../lib/framing/groups.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string): Doc =>
  analyse({ id, outlet, date: null, text, paragraphs: paragraphsOf(text) });

/** Group label mentions of the texts: [outlet, label as written lowercase, voice]. */
function mentionsOf(texts: [string, string][]): [string, string, string][] {
  const docs = texts.map(([o, t], i) => doc('m' + i, o, t));
  return groupLabelMentions(
    docs,
    [],
    docs.map((d) => docVoice(d)),
    { titles: ['president', 'senator'] },
  ).map((m) => [m.outlet, m.label.toLowerCase(), m.voice]);
}

/** Own-narration label rows: [outlet, label lowercase, own uses]. */
function ownRows(texts: [string, string][]): [string, string, number][] {
  const docs = texts.map(([o, t], i) => doc('r' + i, o, t));
  const mentions = groupLabelMentions(
    docs,
    [],
    docs.map((d) => docVoice(d)),
    { titles: ['president', 'senator'] },
  );
  return labelRows(mentions, docs)
    .filter((r) => r.own > 0)
    .map((r) => [r.outlet, r.label.toLowerCase(), r.own]);
}

describe('group label modifiers', () => {
  const border: [string, string][] = [
    [
      'Harbor Post',
      'The detained adults who crossed were held apart. Border agents suspected adults were posing as parents. ' +
        'The agents said so. ' +
        'Lawyers for five adults who claimed children spoke. The suspected adults who lied were moved.',
    ],
    [
      'Valley Courier',
      'A federal judge ordered children to be reunited. The separated children who waited were scared. ' +
        'The ruling of several judges who heard the case stood. The judges who ruled said the separated children must be returned.',
    ],
    [
      'Lake Ledger',
      'The judge said the separated children who arrived had lawyers. A group of five-year-old children cried. ' +
        'A count of several hundred families who fled was made. The detained adults who stayed asked for help.',
    ],
    [
      'Plains Gazette',
      'The adults who came were tired. The children who came were hungry. The adults said they fled. ' +
        'The children said they were cold. The families who came slept. The families said they would stay.',
    ],
  ];

  it('reads a count word as no modifier: "several judges", "five adults", "several hundred families"', () => {
    const labels = mentionsOf(border).map(([, l]) => l);
    expect(labels).not.toContain('several judges');
    expect(labels).not.toContain('five adults');
    expect(labels).not.toContain('hundred families');
    expect(labels).not.toContain('several hundred families');
    expect(labels).not.toContain('five-year-old children');
    expect(labels).toContain('judges');
    expect(labels).toContain('adults');
  });

  it('reads an "-ed" word after a personal subject as its verb, and after "the" as a modifier', () => {
    const labels = mentionsOf(border).map(([, l]) => l);
    // "border agents suspected adults were posing" is no label; "the suspected adults who lied" is
    expect(labels.filter((l) => l === 'suspected adults')).toHaveLength(1);
    expect(labels).not.toContain('ordered children'); // "a federal judge ordered children"
    expect(labels).toContain('separated children');
    expect(labels).toContain('detained adults');
    // a count that says or takes "who" ("millions who") is no subject: "5 million undocumented immigrants"
    const counted: [string, string][] = [
      [
        'Harbor Post',
        'Of the millions who came, most stayed. The plan shields 5 million undocumented immigrants who arrived as children. ' +
          'Other undocumented immigrants who came later wait. The immigrants said so.',
      ],
      ['Valley Courier', 'The undocumented immigrants who spoke feared raids. The immigrants who waited left.'],
      ['Lake Ledger', 'The immigrants who arrived were tired. Some immigrants who waited left. The immigrants slept.'],
    ];
    expect(mentionsOf(counted).filter(([o, l]) => o === 'Harbor Post' && l === 'undocumented immigrants')).toHaveLength(
      2,
    );
  });

  const dreamers: [string, string][] = [
    [
      'Harbor Post',
      'The bill grants status to illegal immigrant “Dreamers,” lawmakers said. Many illegal immigrants who crossed were ' +
        'held. The illegal immigrants who stayed worked. Hundreds of thousands of illegal immigrant “Dreamers” wait.',
    ],
    [
      'Valley Courier',
      'Undocumented immigrants who work here paid taxes. The undocumented immigrants who spoke feared raids. ' +
        'An undocumented immigrant who was held said so.',
    ],
    [
      'Lake Ledger',
      'The immigrants who arrived were tired. Some immigrants who waited left. The immigrants slept. ' +
        'The immigrants said they would stay.',
    ],
  ];

  it('reads "illegal immigrant “Dreamers”" as no use of "illegal immigrants": the head is the quoted noun', () => {
    const rows = ownRows(dreamers).filter(([o]) => o === 'Harbor Post');
    const own = rows.filter(([, l]) => l.startsWith('illegal immigrant')).reduce((n, [, , c]) => n + c, 0);
    expect(own).toBe(2); // the two "illegal immigrants who …", not the two "illegal immigrant “Dreamers”"
  });

  it('reads a label after a verb of naming as reported, not the outlet’s own choice', () => {
    const texts: [string, string][] = [
      [
        'Harbor Post',
        'Undocumented immigrants who work here paid taxes. The sheriff wants to jail what he calls illegal aliens. ' +
          'Critics say calling someone an illegal alien is cruel. The undocumented immigrants who spoke feared raids.',
      ],
      [
        'Valley Courier',
        'Many illegal aliens who crossed were held. The illegal aliens who stayed worked. ' +
          'The illegal aliens slept outside.',
      ],
      [
        'Lake Ledger',
        'The illegal aliens who arrived were tired. Some aliens who waited left. The aliens slept. ' +
          'The aliens said they would stay.',
      ],
    ];
    const ms = mentionsOf(texts);
    const post = ms.filter(([o, l]) => o === 'Harbor Post' && l.startsWith('illegal alien'));
    expect(post.map(([, , v]) => v)).toEqual(['reported', 'reported']);
    expect(ms.filter(([o, l, v]) => o === 'Valley Courier' && l === 'illegal aliens' && v === 'own')).toHaveLength(3);
  });
});

describe('group labels on verbs and naming clauses (labels7)', () => {
  it('reads an "-ed" word after a plural of people, or after an adverb, as a verb: no label', () => {
    const texts: [string, string][] = [
      [
        'Harbor Post',
        'Border officers suspected adults were posing as parents. The adults who came were tired. The policy has ' +
          'sometimes forcibly separated children from parents. The separated children who waited cried.',
      ],
      [
        'Valley Courier',
        'The suspected adults who lied were moved. The children who came were hungry. Lawyers for forcibly ' +
          'separated children were heard. The adults said they fled. The newly separated children who arrived slept. ' +
          'The children said they were cold. Aid went to internally separated children and highly separated children.',
      ],
    ];
    const labels = mentionsOf(texts).map(([o, l]) => `${o}: ${l}`);
    expect(labels.filter((l) => l.endsWith('suspected adults'))).toEqual(['Valley Courier: suspected adults']);
    expect(labels.filter((l) => l.endsWith('separated children'))).toEqual([
      'Harbor Post: separated children',
      'Valley Courier: separated children',
      'Valley Courier: separated children',
      'Valley Courier: separated children',
      'Valley Courier: separated children',
    ]);
  });

  it('reads an "-ed" word behind "not" or "again" as a verb, and a hyphened "-ed" word as a modifier', () => {
    const texts: [string, string][] = [
      [
        'Harbor Post',
        'The policy has not separated children from parents. The separated children who waited cried. The agency ' +
          'has again separated children. Recipients were not necessarily high-skilled children.',
      ],
      [
        'Valley Courier',
        'The suspected adults who lied were moved. The children who came were hungry. Lawyers for forcibly ' +
          'separated children were heard. The adults said they fled. The newly separated children who arrived slept. ' +
          'The children said they were cold. The high-skilled children who came stayed.',
      ],
    ];
    const labels = mentionsOf(texts).map(([o, l]) => `${o}: ${l}`);
    expect(labels.filter((l) => l.startsWith('Harbor Post') && l.endsWith('separated children'))).toEqual([
      'Harbor Post: separated children',
    ]);
    expect(labels).toContain('Harbor Post: high-skilled children');
  });

  it('reads a bare head after a naming verb and modifiers it leaves out as reported', () => {
    const texts: [string, string][] = [
      [
        'Harbor Post',
        'The children who crossed were held. Many boys, whom the border agency calls unaccompanied alien children, ' +
          'waited. The children said they were hungry.',
      ],
      ['Valley Courier', 'The children who came were tired. The children said they were cold.'],
    ];
    const named = mentionsOf(texts).filter(([o, l]) => o === 'Harbor Post' && l.endsWith('children'));
    expect(named.map(([, , v]) => v).slice(0, 2)).toEqual(['own', 'reported']);
  });
});
