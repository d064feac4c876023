// Who speaks: a description set off by commas right after a person's name ("Omar Venn, the Valdorian envoy, said") is
// that person, and a capital's "top diplomat" is the foreign minister the article named with the state's adjective.
// Fixtures written for these tests (invented people; the states and capitals are real ones the gazetteer knows).
import { describe, expect, it } from 'vitest';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';
import { stateTitle } from '../lib/framing/state-titles.js';

describe('a description set off after a name', () => {
  it('is the person named before the comma', () => {
    const d = fixtureDoc(
      'so1',
      'The talks ended on Friday without a deal.\n\n' +
        'And Omar Tessaly , the Palestinian foreign minister , told reporters that the shooting was `` a clear ' +
        "violation . ''",
    );
    // (the subject reader takes the name past the opening "And"; the description no longer stands for it)
    expect(rows(d, [person(d, 'Omar Tessaly')])).toContainEqual(['Omar Tessaly', 'named', 'Omar Tessaly']);
  });

  it('reads a one-word name the article wrote in full before', () => {
    const d = fixtureDoc(
      'so2',
      'Envoy Ilan Vorbeck arrived in New York on Monday.\n\n' +
        "And Vorbeck , the Syrian envoy , told reporters that all Syrians will be victims `` of any escalation . ''",
    );
    // the entity stage gives the lone surname its own mention
    const e = { ...person(d, 'Ilan Vorbeck'), mentions: spansOf(d, 'Vorbeck') };
    expect(rows(d, [e])).toContainEqual(['Vorbeck', 'named', 'Ilan Vorbeck']);
  });

  it('is no one when no name stands before the comma', () => {
    const d = fixtureDoc('so3', "In the end , the Syrian envoy , told reporters `` the vote was a farce . ''");
    expect(rows(d).filter((r) => r[1] === 'named')).toEqual([]);
  });
});

describe("a capital's top diplomat", () => {
  it('reads the capital as its state and the title as foreign minister', () => {
    expect(stateTitle('Tehran ’ s top diplomat')).toEqual({ adjective: 'Tehran', title: 'foreign minister' });
  });

  it('is the foreign minister the article named with the state adjective', () => {
    const d = fixtureDoc(
      'so4',
      'Iranian Foreign Minister Kamal Dehvari met his counterparts on Wednesday.\n\n' +
        'Any strike will spark an “ all-out war , ” Tehran ’ s top diplomat warned Thursday.',
    );
    expect(rows(d, [person(d, 'Kamal Dehvari')])).toContainEqual(['Tehran ’ s top diplomat', 'named', 'Kamal Dehvari']);
  });
});
