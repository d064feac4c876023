// A transcript's host the corpus rule misses (no speaker opens most of the outlet's transcripts): the transcript's own
// text names its staff ("Kell spoke to Morning Harbour 's Maria Voss", "Here 's Harbor Radio 's Odo Pral", "Odo
// Pral , Harbor News ."), and the speaker who hands over to a colleague is the program's too; a speaker so named in one
// of the outlet's transcripts speaks for it in the others (lib/framing/voice-hosts.ts). Invented outlet and people.
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { analyseFraming } from '../lib/framing/framing.js';
import { readLexicon } from '../lib/framing/data.js';
import type { Doc } from '../lib/types.js';

const OUTLET = 'Harbor Radio';

/** The loaded terms of the outlet's table in each voice: term -> [own, quoted]. */
function table(docs: Doc[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const r of analyseFraming({ docs, lexicon: readLexicon() }).loaded) {
    const term = r.term.replace(/\*$/, '');
    const [own, quoted] = out.get(term) ?? [0, 0];
    out.set(term, [own + r.own, quoted + r.quoted]);
  }
  return out;
}

/** An interview: the guest's line opens it, the text names the interviewer as the program's. */
const interview = [
  'Linda Kell : The Ferry Levy Is A Disgrace',
  'In an interview , the island ’ s mayor Linda Kell says the levy will stand .',
  'Kell spoke to Morning Harbour ’ s Maria Voss the day after the vote .',
  'Maria Voss : The council passed a draconian levy on the ferries . Why ?',
  'Linda Kell : Because the piers are falling apart .',
  'Maria Voss : Last question .',
  'Linda Kell : Thank you .',
].join('\n\n');

/** A news hour: the hosts trade turns and hand over to a reporter, who signs off; a guest speaks. */
const hour = [
  'Islanders Wait On The Levy',
  'ESA BRUN : The council passed a reckless levy on the bridges last night .',
  'VOSS : Beyond the politics the fishermen wait for a draconian ruling on the tunnels .',
  'ESA BRUN : And our coverage begins with them . Here ’ s Harbor Radio ’ s Odo Pral .',
  'ODO PRAL : The fishermen of the north shore have waited a year for the tunnels .',
  'PIA SOLL : The vote was shameful .',
  'PRAL : The council meets again in March . Odo Pral , Harbor News .',
].join('\n\n');

describe("a transcript's staff named in its text", () => {
  it("speak in the outlet's voice, the host who hands over too; the guest stays quoted", () => {
    const t = table([fixtureDoc('i1', interview, OUTLET), fixtureDoc('h1', hour, OUTLET)]);
    // Voss: named as the program's interviewer in the interview, a host in the news hour as well
    expect(t.get('draconian')).toEqual([2, 0]);
    // Brun hands over to a colleague
    expect(t.get('reckless')).toEqual([1, 0]);
    expect(t.get('shameful')).toEqual([0, 1]);
  });

  it('guard: a guest named with an outlet possessive only after a verb of no interview stays quoted', () => {
    const text = [
      'ANA ROSK , HOST : Welcome . Ivo Roe of the Harbour Post ’ s board joins us .',
      'IVO ROE : The levy is a draconian tax .',
      'ANA ROSK : Why ?',
      'IVO ROE : The piers are falling apart .',
    ].join('\n\n');
    expect(table([fixtureDoc('g1', text, OUTLET)]).get('draconian')).toEqual([0, 1]);
  });
});
