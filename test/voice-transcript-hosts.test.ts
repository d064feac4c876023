// A broadcast transcript ("MARA VOSS : …" before each turn): the outlet's own hosts speak in its voice, the guests'
// turns are their speech (lib/framing/voice-hosts.ts). The host is read from the outlet's transcripts (a speaker of
// most of them), or from a label's staff role ("ODO PRAL , BYLINE :"). Invented outlet, hosts and guests.
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { analyseFraming } from '../lib/framing/framing.js';
import { readLexicon } from '../lib/framing/data.js';
import type { Doc } from '../lib/types.js';

const OUTLET = 'Harbor Radio';

/** What each episode is about (no two episodes share a sentence: repeated lines are the site's furniture). */
const TOPICS = new Map([
  ['LIND TAMM', 'ferries'],
  ['OTTO BRAY', 'bridges'],
  ['ESA KORR', 'tunnels'],
  ['PIA SOLL', 'trams'],
]);

/** One episode: the host opens and asks, the guest answers. */
const episode = (guest: string, host = 'MARA VOSS', topic = TOPICS.get(guest)) =>
  [
    `This is a rough transcript of the broadcast on ${topic} .`,
    `${host} : The council passed a draconian levy on the ${topic} last night , a reckless move . ${guest} joins us .`,
    `${guest} : Thank you . The vote on the ${topic} was shameful , and the fishermen are furious .`,
    `${host} : What happens to the ${topic} now ?`,
    `${guest} : The ${topic} stop . It is a disgrace for the ${topic} .`,
  ].join('\n\n');

/** The loaded terms of the outlets' tables in each voice, summed over outlets: term -> [own, quoted]. */
function table(docs: Doc[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const r of analyseFraming({ docs, lexicon: readLexicon() }).loaded) {
    const term = r.term.replace(/\*$/, ''); // "reckless*" counts "reckless" and "recklessly"
    const [own, quoted] = out.get(term) ?? [0, 0];
    out.set(term, [own + r.own, quoted + r.quoted]);
  }
  return out;
}

describe("a transcript's host", () => {
  it("speaks in the outlet's own voice when the same host opens the outlet's transcripts", () => {
    const docs = [
      fixtureDoc('e1', episode('LIND TAMM'), OUTLET),
      fixtureDoc('e2', episode('OTTO BRAY'), OUTLET),
      fixtureDoc('e3', episode('ESA KORR'), OUTLET),
    ];
    const t = table(docs);
    expect(t.get('draconian')).toEqual([3, 0]);
    expect(t.get('reckless')).toEqual([3, 0]);
    // the guests' words stay theirs
    expect(t.get('shameful')).toEqual([0, 3]);
    expect(t.get('disgrac')).toEqual([0, 3]);
    const own = analyseFraming({ docs }).voice.map((v) => v.own);
    for (const share of own) expect(share).toBeGreaterThan(0.4);
  });

  it('is the speaker whose label gives the staff role, in one transcript, with the later turns under the surname', () => {
    const one = [
      'ANA ROSK , HOST : The council passed a draconian levy on the ferries last night .',
      'ODO PRAL , BYLINE : The fishermen gathered at the quay at dawn .',
      'LIND TAMM : The vote was shameful .',
      'PRAL : The crossings will stop in May , a reckless outcome for the islands .',
      'LIND TAMM : It is a disgrace .',
    ].join('\n\n');
    const t = table([fixtureDoc('e1', one, OUTLET)]);
    expect(t.get('draconian')).toEqual([1, 0]);
    expect(t.get('reckless')).toEqual([1, 0]);
    expect(t.get('shameful')).toEqual([0, 1]);
  });
});

describe('guards: a guest stays a guest', () => {
  it('a guest heard in one episode of three, and a lone transcript with no staff role, stay quoted', () => {
    const docs = [
      fixtureDoc('e1', episode('LIND TAMM'), OUTLET),
      fixtureDoc('e2', episode('OTTO BRAY', 'ESA KORR'), OUTLET),
      fixtureDoc('e3', episode('LIND TAMM', 'IVO RENN', 'canals'), OUTLET),
      fixtureDoc('e4', episode('PIA SOLL', 'UDO WEST'), 'Other Wire'),
    ];
    const t = table(docs);
    // each episode has its own host; Lind Tamm answers in two of three but opens none: a guest
    expect(t.get('draconian')).toEqual([0, 4]);
    expect(t.get('shameful')).toEqual([0, 4]);
  });

  it("another program's host named by a longer role stays quoted", () => {
    const one = [
      'The station aired this exchange on Sunday .',
      'BILL ROE , CABLE HOST : The levy is draconian .',
      'LIND TAMM : The vote was shameful .',
      'ROE : A reckless council .',
      'LIND TAMM : It is a disgrace .',
    ].join('\n\n');
    const t = table([fixtureDoc('e1', one, OUTLET)]);
    expect(t.get('draconian')).toEqual([0, 1]);
  });
});
